package br.gov.es.prodest.npi007.notification.message.adapter.template;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.GoldenMessage;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts;
import br.gov.es.prodest.npi007.notification.message.domain.MessageRenderer;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.RenderedMessage;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The shipped templates render the norm's section 6 word for word. The expected texts are the
 * norm's, copied, with the blanks filled, one golden file per message ({@code golden/<id>.txt}).
 * The event happens at 02:30 UTC on 15/03, which is still 14/03 at 23:30 in Brasília.
 */
class NormMessagesTest {

  private static final TemplateFiles SHIPPED = new TemplateFiles(null);
  private static final String COMPONENT = GoldenMessage.COMPONENT;
  private static final String IMPACT = GoldenMessage.IMPACT;
  private static final String ORGAN = GoldenMessage.ORGAN;
  private static final Instant REPORTED_AT = GoldenMessage.OCCURRED_AT;
  private static final Instant WINDOW_START = Instant.parse("2025-03-22T01:00:00Z");
  private static final Instant WINDOW_END = Instant.parse("2025-03-22T04:30:00Z");

  @Test
  void receiptAcknowledgement_6_1() {
    assertGolden(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT,
        MessageFacts.receiptAcknowledgement(COMPONENT, "https://servicedesk.prodest.es.gov.br", REPORTED_AT));
  }

  @Test
  void normalStatus_6_2() {
    assertGolden(MessageTemplate.NORMAL_STATUS, MessageFacts.normalStatus(COMPONENT, REPORTED_AT));
  }

  @Test
  void unavailabilityNotice_6_3_onWhatsAppAndByEmail() {
    RenderedMessage message = assertGolden(MessageTemplate.UNAVAILABILITY_NOTICE,
        MessageFacts.unavailabilityNotice(COMPONENT, IMPACT, REPORTED_AT));

    assertThat(message.on(Channel.EMAIL).orElseThrow().html()).contains("<p>Data/Hora: 14/03/2025 23:30</p>");
  }

  @Test
  void serviceRestored_6_4() {
    assertGolden(MessageTemplate.SERVICE_RESTORED, MessageFacts.serviceRestored(COMPONENT, REPORTED_AT));
  }

  @Test
  void scheduledMaintenance_6_5_withoutPurposeSaysTheNormsSentence() {
    assertGolden(MessageTemplate.SCHEDULED_MAINTENANCE,
        MessageFacts.scheduledMaintenance(COMPONENT, WINDOW_START, WINDOW_END, null, REPORTED_AT));
  }

  @Test
  void scheduledMaintenance_6_5_withPurpose() {
    RenderedMessage message = render(MessageTemplate.SCHEDULED_MAINTENANCE, MessageFacts.scheduledMaintenance(
        COMPONENT, WINDOW_START, WINDOW_END, "a migração do banco de dados para o novo servidor.", REPORTED_AT));

    assertThat(message.on(Channel.EMAIL).orElseThrow().text()).contains("""

        O objetivo desta manutenção é a migração do banco de dados para o novo servidor.

        Durante esse período,""");
  }

  @Test
  void restrictedUnavailabilityNotice_6_6_withoutThePdfsPageHeader() {
    // replicated by e-mail by default (NPI007_EMAIL_REPLICATION)
    assertGolden(MessageTemplate.RESTRICTED_UNAVAILABILITY_NOTICE,
        MessageFacts.restrictedUnavailabilityNotice(ORGAN, COMPONENT, IMPACT, REPORTED_AT));
  }

  /** Every message of the catalogue has a template, a shipped file and a golden file. */
  @Test
  void everyMessageOfTheCatalogueHasATemplateAndAGoldenFile() {
    for (NormMessage norm : NormMessage.values()) {
      MessageTemplate message = MessageTemplate.of(norm);
      assertThat(SHIPPED.current(message)).isNotNull();
      assertThat(GoldenMessage.of(message).texts()).as(norm.id()).isNotEmpty();
    }
  }

  /** The catalogue (schemas' NormMessage) and the shipped template files say the same title line. */
  @Test
  void everyShippedTemplateOpensWithTheCataloguesTitleLine() {
    for (MessageTemplate message : MessageTemplate.values()) {
      assertThat(SHIPPED.current(message).title()).as(message.id()).isEqualTo(message.norm().titleLine());
    }
  }

  @Test
  void aReplayRendersTheSameBytes() {
    MessageFacts facts = MessageFacts.unavailabilityNotice(COMPONENT, IMPACT, REPORTED_AT);

    assertThat(render(MessageTemplate.UNAVAILABILITY_NOTICE, facts))
        .isEqualTo(render(MessageTemplate.UNAVAILABILITY_NOTICE, facts));
  }

  private static RenderedMessage render(MessageTemplate message, MessageFacts facts) {
    return MessageRenderer.render(SHIPPED.current(message), facts);
  }

  /** Rendered as its golden file says, word for word, on each channel. */
  private static RenderedMessage assertGolden(MessageTemplate message, MessageFacts facts) {
    RenderedMessage rendered = render(message, facts);
    GoldenMessage.of(message).assertRendered(rendered);
    return rendered;
  }
}
