package br.gov.es.prodest.npi007.gateway.console.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.notification.NotificationView;
import br.gov.es.prodest.npi007.gateway.notification.review.ApprovalRequest;
import br.gov.es.prodest.npi007.gateway.notification.review.ApprovalRequest.EditedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OutboxEditsTest {

  private static final String WHATSAPP = "*PRODEST Informa: Aviso*\n\nO SIGA está indisponível.";
  private static final String EMAIL = "O SIGA está indisponível.";
  private static final String SUBJECT = "PRODEST Informa: Aviso";

  private final OutboxMessage message = OutboxMessage.of(new NotificationView("n-1", "6.3", SUBJECT, "i-1", null,
      "PENDING_REVIEW", "abc", "e-1", Instant.parse("2026-12-04T17:30:00Z"), SUBJECT,
      Map.of("whatsapp", WHATSAPP, "email", EMAIL), 1L, List.of(), null));

  @Test
  void an_untouched_form_approves_as_rendered_even_with_the_browsers_line_breaks() {
    ApprovalRequest form = new ApprovalRequest(new EditedText(WHATSAPP.replace("\n", "\r\n"), EMAIL), SUBJECT);

    assertThat(OutboxEdits.approval(form, message)).isEqualTo(new ApprovalRequest(null, null));
  }

  @Test
  void only_the_changed_channel_travels() {
    ApprovalRequest form = new ApprovalRequest(new EditedText("Novo\r\ntexto", EMAIL), SUBJECT);

    assertThat(OutboxEdits.approval(form, message))
        .isEqualTo(new ApprovalRequest(new EditedText("Novo\ntexto", null), null));
  }

  @Test
  void a_new_subject_takes_the_emails_text_along() {
    ApprovalRequest form = new ApprovalRequest(new EditedText(WHATSAPP, EMAIL), "Novo assunto");

    assertThat(OutboxEdits.approval(form, message))
        .isEqualTo(new ApprovalRequest(new EditedText(null, EMAIL), "Novo assunto"));
  }

  @Test
  void the_diffs_compare_the_form_with_the_rendered_text_per_channel() {
    ApprovalRequest form = new ApprovalRequest(new EditedText(WHATSAPP.replace("indisponível", "lento"), EMAIL), SUBJECT);

    List<OutboxEdits.ChannelDiff> diffs = OutboxEdits.diffs(message, form);

    assertThat(diffs).extracting(OutboxEdits.ChannelDiff::label).containsExactly("WhatsApp", "Assunto do e-mail", "E-mail");
    assertThat(diffs).extracting(OutboxEdits.ChannelDiff::changed).containsExactly(true, false, false);
    assertThat(OutboxEdits.diffs(message, null)).noneMatch(OutboxEdits.ChannelDiff::changed);
  }

  @Test
  void uncertain_and_dead_deliveries_say_what_to_check() {
    List<DeliveryLine> lines = DeliveryLine.of(JsonMapper.builder().build().readTree("""
        [{"channel":"WHATSAPP","recipient":"grupo","status":"DEAD","attempts":1,"uncertain":true},
         {"channel":"EMAIL","recipient":"ti@sesa.es.gov.br","status":"DEAD","attempts":5,"uncertain":false},
         {"channel":"EMAIL","recipient":"ti@sedu.es.gov.br","status":"DELIVERED","attempts":1,"lastReason":null}]"""));

    assertThat(lines).extracting(DeliveryLine::alert).containsExactly(true, true, false);
    assertThat(lines.get(0).advice()).isEqualTo("Verifique no grupo se a mensagem chegou antes de reenviar.");
    assertThat(lines.get(1).advice()).startsWith("O sistema desistiu da entrega após 5 tentativas");
    assertThat(lines.get(2).advice()).isNull();
    assertThat(lines.get(2).lastReason()).isNull();
  }
}
