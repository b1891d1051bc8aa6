package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.message.GoldenMessage.COMPONENT;
import static br.gov.es.prodest.npi007.notification.message.GoldenMessage.DATE_TIME;
import static br.gov.es.prodest.npi007.notification.message.GoldenMessage.IMPACT;
import static br.gov.es.prodest.npi007.notification.message.GoldenMessage.ORGAN;

import br.gov.es.prodest.npi007.notification.message.GoldenMessage;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;

/**
 * The norm's messages (NPI-007 section 6) as the integration tests expect them, word for word: the
 * golden files' texts ({@code golden/<id>.txt}) with these tests' facts in place of the golden example's.
 */
final class NormTexts {

  private static final String PORTAL = "Portal do Servidor – Contracheque";

  static final String ACKNOWLEDGEMENT = GoldenMessage.of(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT)
      .text(Channel.WHATSAPP, COMPONENT, PORTAL);

  static final String NORMAL_STATUS = GoldenMessage.of(MessageTemplate.NORMAL_STATUS)
      .text(Channel.WHATSAPP, COMPONENT, "SIGEFES");

  /** 6.3 as e-mailed; on WhatsApp the title line is in bold. */
  static final String UNAVAILABILITY_NOTICE = GoldenMessage.of(MessageTemplate.UNAVAILABILITY_NOTICE)
      .text(Channel.EMAIL, COMPONENT, "Banco de dados do SIGEFES", IMPACT, "processamento de dados",
          DATE_TIME, "15/03/2025 09:05");

  static final String RESTRICTED_UNAVAILABILITY_NOTICE = GoldenMessage.of(MessageTemplate.RESTRICTED_UNAVAILABILITY_NOTICE)
      .text(Channel.WHATSAPP, ORGAN, "Secretaria de Estado da Saúde", COMPONENT, PORTAL,
          IMPACT, "a emissão do contracheque", DATE_TIME, "14/03/2025 23:30");

  /** 6.4 as e-mailed; on WhatsApp the title line is in bold. */
  static final String SERVICE_RESTORED = GoldenMessage.of(MessageTemplate.SERVICE_RESTORED)
      .text(Channel.EMAIL, COMPONENT, PORTAL, DATE_TIME, "15/03/2025 02:45");

  private NormTexts() {
  }

  /** The WhatsApp text of a titled message: its title line in bold. */
  static String onWhatsApp(String emailed) {
    int end = emailed.indexOf('\n');
    return "*" + emailed.substring(0, end) + "*" + emailed.substring(end);
  }
}
