package br.gov.es.prodest.npi007.delivery.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.Ports;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an HTTP provider's answers (and silences) classify, the same for every HTTP adapter: the
 * "Never twice" rules of CONTRACTS.md, against a real HTTP server.
 */
abstract class HttpProviderContract {

  /** Long enough for a cold JVM's first request on a busy machine; only the timeout test waits for it. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** The timeout of the one test that waits for it to expire. */
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(400);

  abstract WireMockExtension provider();

  abstract DeliveryAdapter adapter(URI baseUrl, Duration timeout);

  /** The path the adapter posts to. */
  abstract String path();

  abstract String recipient();

  /** The credential the adapter sends. */
  abstract String secret();

  Delivery delivery(String text) {
    return new Delivery("0b7a3c1e-delivery", "notification-1", 1, recipient(), null, text, null);
  }

  DeliveryResult deliver() {
    return deliver(TIMEOUT);
  }

  DeliveryResult deliver(Duration timeout) {
    return adapter(URI.create(provider().baseUrl()), timeout)
        .deliver(delivery("*PRODEST Informa: Serviço Restabelecido*"));
  }

  void answer(ResponseDefinitionBuilder response) {
    provider().stubFor(post(urlPathEqualTo(path())).willReturn(response));
  }

  void assertTheProviderReceivedOneRequest() {
    await().untilAsserted(() -> provider().verify(1, postRequestedFor(urlPathEqualTo(path()))));
  }

  @Test
  void aServerErrorIsRefusedAndMayBeRepeated() {
    answer(aResponse().withStatus(500).withBody("falha interna"));

    assertThat(deliver()).isEqualTo(
        new DeliveryResult.Refused("o provedor respondeu HTTP 500: falha interna", true, null));
  }

  @Test
  void unavailableWithRetryAfterKeepsTheProvidersWait() {
    answer(aResponse().withStatus(503).withHeader("Retry-After", "30"));

    assertThat(deliver()).isEqualTo(
        new DeliveryResult.Refused("o provedor respondeu HTTP 503", true, Duration.ofSeconds(30)));
  }

  @Test
  void tooManyRequestsWithRetryAfterInSeconds() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "120"));

    assertThat(deliver()).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isTrue();
      assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    });
  }

  @Test
  void tooManyRequestsWithRetryAfterAsAnHttpDate() {
    String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
    answer(aResponse().withStatus(429).withHeader("Retry-After", inAnHour));

    assertThat(deliver()).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isTrue();
      assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
    });
  }

  @Test
  void tooManyRequestsWithoutRetryAfterLeavesTheWaitToTheCaller() {
    answer(aResponse().withStatus(429));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Refused("o provedor respondeu HTTP 429", true, null));
  }

  @Test
  void aRequestTimeoutOfTheServerMayBeRepeated() {
    answer(aResponse().withStatus(408));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Refused("o provedor respondeu HTTP 408", true, null));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 413, 422})
  void otherClientErrorsAreRefusedForGood(int status) {
    answer(aResponse().withStatus(status));

    assertThat(deliver()).isEqualTo(
        new DeliveryResult.Refused("o provedor respondeu HTTP " + status, false, null));
  }

  @Test
  void noAnswerWithinTheTimeoutIsUncertainThoughTheProviderGotTheRequest() {
    answer(aResponse().withStatus(200).withFixedDelay(3_000));

    assertThat(deliver(SHORT_TIMEOUT)).isEqualTo(new DeliveryResult.Uncertain(
        "tempo esgotado aguardando a resposta do provedor; a mensagem pode ter sido entregue"));
    assertTheProviderReceivedOneRequest();
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
  void aConnectionDroppedBeforeTheAnswerIsUncertain(Fault fault) {
    answer(aResponse().withFault(fault));

    assertThat(deliver()).isInstanceOfSatisfying(DeliveryResult.Uncertain.class,
        uncertain -> assertThat(uncertain.reason()).endsWith("a mensagem pode ter sido entregue"));
    assertTheProviderReceivedOneRequest();
  }

  @Test
  void nobodyListeningIsRefusedAndMayBeRepeated() {
    DeliveryResult result = adapter(URI.create("http://127.0.0.1:" + Ports.closed()), TIMEOUT)
        .deliver(delivery("texto"));

    assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isTrue();
      assertThat(refused.reason()).startsWith("não foi possível conectar ao provedor")
          .endsWith("a mensagem não foi enviada");
    });
  }

  @Test
  void aTextLongerThanWhatsAppTakesIsRefusedWithoutCallingTheProvider() {
    DeliveryResult result = adapter(URI.create(provider().baseUrl()), TIMEOUT).deliver(delivery("x".repeat(4097)));

    assertThat(result).isEqualTo(new DeliveryResult.Refused(
        "o texto tem 4097 caracteres e o WhatsApp aceita no máximo 4096; a mensagem não foi enviada", false, null));
    assertThat(provider().getAllServeEvents()).isEmpty();
  }

  @Test
  void theCredentialNeverAppearsInAReasonEvenWhenTheProviderEchoesIt() {
    answer(aResponse().withStatus(401).withBody("token rejeitado: " + secret()));

    assertThat(deliver()).isInstanceOfSatisfying(DeliveryResult.Refused.class,
        refused -> assertThat(refused.reason()).doesNotContain(secret()).contains("***"));
  }
}
