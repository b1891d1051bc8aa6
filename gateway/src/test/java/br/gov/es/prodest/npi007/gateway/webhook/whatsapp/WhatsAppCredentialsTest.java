package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import org.junit.jupiter.api.Test;

/** Without the credentials configured at Meta, the webhook cannot check anything: 503, never a default. */
class WhatsAppCredentialsTest {

  private final WhatsAppCredentials unconfigured = new WhatsAppCredentials(new WhatsAppWebhookProperties(null, " ", null, null));

  @Test
  void an_unconfigured_webhook_answers_503() {
    assertThatThrownBy(() -> unconfigured.requireVerifyToken("subscribe", "qualquer"))
        .isInstanceOfSatisfying(ApiProblem.class, problem -> {
          assertThat(problem.getStatusCode().value()).isEqualTo(503);
          assertThat(problem.getBody().getDetail())
              .startsWith("Webhook do WhatsApp não configurado");
          assertThat(problem.getBody().getProperties())
              .containsEntry(ApiProblem.CODE, "WHATSAPP_WEBHOOK_NOT_CONFIGURED");
        });
    assertThatThrownBy(() -> unconfigured.requireSignature("sha256=00", new byte[0]))
        .isInstanceOfSatisfying(ApiProblem.class,
            problem -> assertThat(problem.getStatusCode().value()).isEqualTo(503));
  }
}
