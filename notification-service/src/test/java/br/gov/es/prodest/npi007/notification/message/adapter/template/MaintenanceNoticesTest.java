package br.gov.es.prodest.npi007.notification.message.adapter.template;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts.Window;
import br.gov.es.prodest.npi007.notification.message.domain.MessageRenderer;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.RenderedMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The notices that follow a 6.5, in the norm's style, e-mailed only; times in Brasília. */
class MaintenanceNoticesTest {

  private static final TemplateFiles SHIPPED = new TemplateFiles(null);
  private static final String COMPONENT = "SIGEFES";
  private static final Instant NOTICE_AT = Instant.parse("2025-03-15T02:30:00Z");
  private static final Window FIRST = new Window(Instant.parse("2025-03-22T01:00:00Z"), Instant.parse("2025-03-22T04:30:00Z"));
  private static final Window MOVED = new Window(Instant.parse("2025-03-29T13:00:00Z"), Instant.parse("2025-03-29T15:00:00Z"));

  @Test
  void rescheduled_withItsReason() {
    ChannelText email = email(MessageTemplate.MAINTENANCE_RESCHEDULED, MessageFacts.maintenanceRescheduled(
        COMPONENT, FIRST, MOVED, null, "conflito com o fechamento da folha.", NOTICE_AT));

    assertThat(email.subject()).isEqualTo("PRODEST Informa: Manutenção Programada Reagendada");
    assertThat(email.text()).isEqualTo("""
        PRODEST Informa: Manutenção Programada Reagendada

        Prezados, informamos que a manutenção programada do SIGEFES, prevista para o dia 21/03/2025, das 22:00 às 01:30, foi reagendada para o dia 29/03/2025, das 10:00 às 12:00.

        Motivo do reagendamento: conflito com o fechamento da folha.

        Durante esse período, o serviço poderá apresentar instabilidades ou ficar temporariamente indisponível.

        Pedimos que programem suas atividades considerando essa manutenção.

        Data do Aviso: 14/03/2025 23:30""");
  }

  @Test
  void cancelled_withoutAReasonLeavesNoEmptyParagraph() {
    ChannelText email = email(MessageTemplate.MAINTENANCE_CANCELLED,
        MessageFacts.maintenanceCancelled(COMPONENT, FIRST, null, NOTICE_AT));

    assertThat(email.subject()).isEqualTo("PRODEST Informa: Manutenção Programada Cancelada");
    assertThat(email.text()).isEqualTo("""
        PRODEST Informa: Manutenção Programada Cancelada

        Prezados, informamos que a manutenção programada do SIGEFES, prevista para o dia 21/03/2025, das 22:00 às 01:30, foi cancelada.

        Pedimos que desconsiderem o aviso anterior referente a essa manutenção.

        Data do Aviso: 14/03/2025 23:30""");
  }

  @Test
  void reminder_saysTheNormsPurposeSentence() {
    ChannelText email = email(MessageTemplate.MAINTENANCE_REMINDER,
        MessageFacts.scheduledMaintenance(COMPONENT, FIRST.start(), FIRST.end(), null, NOTICE_AT));

    assertThat(email.subject()).isEqualTo("PRODEST Informa: Lembrete de Manutenção Programada");
    assertThat(email.text()).isEqualTo("""
        PRODEST Informa: Lembrete de Manutenção Programada

        Prezados, lembramos que o SIGEFES passará por manutenção programada no dia 21/03/2025, das 22:00 às 01:30.

        O objetivo desta manutenção é a atualização do SIGEFES, buscando maior estabilidade, novas funcionalidades e redução de vulnerabilidades.

        Durante esse período, o serviço poderá apresentar instabilidades ou ficar temporariamente indisponível.

        Pedimos que programem suas atividades considerando essa manutenção.

        Data do Aviso: 14/03/2025 23:30""");
  }

  private static ChannelText email(MessageTemplate message, MessageFacts facts) {
    RenderedMessage rendered = MessageRenderer.render(SHIPPED.current(message), facts);
    assertThat(rendered.texts()).extracting(ChannelText::channel).containsExactly(Channel.EMAIL);
    return rendered.on(Channel.EMAIL).orElseThrow();
  }
}
