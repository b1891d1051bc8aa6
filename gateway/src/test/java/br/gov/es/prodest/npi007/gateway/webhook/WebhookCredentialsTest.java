package br.gov.es.prodest.npi007.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WebhookCredentialsTest {

  @Test
  void unconfigured_credentials_are_generated_printed_once_in_portuguese_and_then_required() {
    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    WebhookCredentials credentials;
    try {
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
      credentials = new WebhookCredentials(new WebhookProperties(null, " "));
    } finally {
      System.setOut(original);
    }

    String printed = console.toString(StandardCharsets.UTF_8);
    Matcher token = Pattern.compile("Token dos webhooks de alertas \\(NPI007_WEBHOOK_TOKEN\\): (\\S+)").matcher(printed);
    assertThat(token.find()).as(printed).isTrue();
    assertThat(printed).containsOnlyOnce("Segredo do webhook da central de serviços (NPI007_SERVICE_DESK_SECRET): ");
    assertThat(printed.lines()).hasSize(2);
    assertThatCode(() -> credentials.requireBearerToken("Bearer " + token.group(1))).doesNotThrowAnyException();
    assertThatThrownBy(() -> credentials.requireBearerToken("Bearer outro")).isInstanceOf(ApiProblem.class);
  }

  @Test
  void configured_credentials_are_never_printed_nor_shown() {
    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    WebhookProperties properties = new WebhookProperties("segredo", "token");
    try {
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
      new WebhookCredentials(properties);
    } finally {
      System.setOut(original);
    }

    assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(properties.toString()).doesNotContain("segredo").doesNotContain("token=t");
  }
}
