package br.gov.es.prodest.npi007.notification.message.adapter.template;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.GoldenMessage;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts.Window;
import br.gov.es.prodest.npi007.notification.message.domain.MessageRenderer;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The notices that follow a 6.5, in the norm's style, e-mailed only; times in Brasília; texts in {@code golden/<id>.txt}. */
class MaintenanceNoticesTest {

  private static final TemplateFiles SHIPPED = new TemplateFiles(null);
  private static final String COMPONENT = "SIGEFES";
  private static final Instant NOTICE_AT = Instant.parse("2025-03-15T02:30:00Z");
  private static final Window FIRST = new Window(Instant.parse("2025-03-22T01:00:00Z"), Instant.parse("2025-03-22T04:30:00Z"));
  private static final Window MOVED = new Window(Instant.parse("2025-03-29T13:00:00Z"), Instant.parse("2025-03-29T15:00:00Z"));

  @Test
  void rescheduled_withItsReason() {
    assertGolden(MessageTemplate.MAINTENANCE_RESCHEDULED, MessageFacts.maintenanceRescheduled(
        COMPONENT, FIRST, MOVED, null, "conflito com o fechamento da folha.", NOTICE_AT));
  }

  @Test
  void cancelled_withoutAReasonLeavesNoEmptyParagraph() {
    assertGolden(MessageTemplate.MAINTENANCE_CANCELLED,
        MessageFacts.maintenanceCancelled(COMPONENT, FIRST, null, NOTICE_AT));
  }

  @Test
  void reminder_saysTheNormsPurposeSentence() {
    assertGolden(MessageTemplate.MAINTENANCE_REMINDER,
        MessageFacts.scheduledMaintenance(COMPONENT, FIRST.start(), FIRST.end(), null, NOTICE_AT));
  }

  /** Rendered as its golden file says, word for word: e-mail only. */
  private static void assertGolden(MessageTemplate message, MessageFacts facts) {
    GoldenMessage golden = GoldenMessage.of(message);
    assertThat(golden.texts()).containsOnlyKeys(Channel.EMAIL);
    golden.assertRendered(MessageRenderer.render(SHIPPED.current(message), facts));
  }
}
