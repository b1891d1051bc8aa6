package br.gov.es.prodest.npi007.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.SaturatedListener;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TransportFailureTest {

  @Test
  void failuresToConnectWereNeverSentSoTheyMayBeRepeated() {
    for (IOException notSent : new IOException[] {new ConnectException("Connection refused"),
        new HttpConnectTimeoutException("HTTP connect timed out"), new UnknownHostException("whatsapp.invalid")}) {
      assertThat(TransportFailure.classify(notSent)).isInstanceOfSatisfying(DeliveryResult.Refused.class,
          refused -> assertThat(refused.retryable()).isTrue());
    }
  }

  @Test
  void aTimeoutWaitingForTheAnswerIsUncertain() {
    assertThat(TransportFailure.classify(new HttpTimeoutException("request timed out")))
        .isEqualTo(new DeliveryResult.Uncertain(
            "tempo esgotado aguardando a resposta do provedor; a mensagem pode ter sido entregue"));
  }

  @Test
  void anyOtherFailureMayHaveComeAfterTheRequestWasWritten() {
    assertThat(TransportFailure.classify(new IOException("Connection reset")))
        .isInstanceOfSatisfying(DeliveryResult.Uncertain.class,
            uncertain -> assertThat(uncertain.reason()).contains("Connection reset"));
  }

  @Test
  void aConnectionThatNeverCompletesIsAConnectTimeoutAndRetryable() throws IOException {
    try (SaturatedListener listener = new SaturatedListener()) {
      assumeThat(listener.saturated()).as("the platform drops SYNs to a full accept queue").isTrue();
      JsonEndpoint endpoint = new JsonEndpoint(URI.create("http://127.0.0.1:" + listener.port() + "/messages"),
          Map.of(), Duration.ofMillis(400), new NoAnswers(), null);

      assertThat(endpoint.post("{}")).isEqualTo(new DeliveryResult.Refused(
          "tempo esgotado ao conectar ao provedor; a mensagem não foi enviada", true, null));
    }
  }

  private static final class NoAnswers implements ProviderAnswers {
    @Override
    public String messageId(JsonNode body) {
      return null;
    }

    @Override
    public String errorDetail(JsonNode body) {
      return null;
    }
  }
}
