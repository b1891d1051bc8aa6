package br.gov.es.prodest.npi007.notification.delivery.domain;

/**
 * Through which providers messages go (CONTRACTS.md, "Targets").
 *
 * @param whatsAppProvider  {@code whatsapp-cloud-api} or {@code evolution-api}; null for {@code manual}
 *                          (no WhatsApp target: ASCOM posts it and marks it posted)
 * @param whatsAppRecipient the group (or number) WhatsApp messages go to
 * @param emailProvider     {@code smtp} or {@code eml-file}
 */
public record Routes(String whatsAppProvider, String whatsAppRecipient, String emailProvider) {

  public boolean whatsAppManual() {
    return whatsAppProvider == null;
  }
}
