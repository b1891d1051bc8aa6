package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.RetryPolicy;
import br.gov.es.prodest.npi007.notification.delivery.domain.Routes;
import java.time.Duration;
import java.util.Locale;

/**
 * The delivery settings (CONTRACTS.md, "Delivery": {@code NPI007_WHATSAPP_PROVIDER},
 * {@code NPI007_DELIVERY_*}, {@code SPRING_MAIL_HOST}).
 *
 * @param whatsAppProvider {@code manual}, {@code cloud-api} or {@code evolution-api}
 * @param mailHost         the SMTP host; blank: e-mails are written as .eml files
 * @param concurrency      attempts in flight per provider
 */
public record DeliverySettings(String whatsAppProvider, String whatsAppRecipient, String mailHost, int maxAttempts,
    Duration backoffInitial, Duration backoffMax, Duration timeout, int concurrency) {

  public static final String CLOUD_API = "whatsapp-cloud-api";
  public static final String EVOLUTION_API = "evolution-api";
  public static final String SMTP = "smtp";
  public static final String EML_FILE = "eml-file";

  public Routes routes() {
    String whatsApp = switch (whatsAppProvider.strip().toLowerCase(Locale.ROOT)) {
      case "manual", "" -> null;
      case "cloud-api", CLOUD_API -> CLOUD_API;
      case EVOLUTION_API -> EVOLUTION_API;
      default -> throw new IllegalArgumentException("NPI007_WHATSAPP_PROVIDER desconhecido: " + whatsAppProvider
          + " (use manual, cloud-api ou evolution-api)");
    };
    return new Routes(whatsApp, whatsAppRecipient, emailProvider());
  }

  public String emailProvider() {
    return mailHost == null || mailHost.isBlank() ? EML_FILE : SMTP;
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, backoffInitial, backoffMax);
  }
}
