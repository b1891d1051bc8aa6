package br.gov.es.prodest.npi007.delivery.http;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.ReasonText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One provider endpoint that takes a JSON POST: one call per {@link #post}, never repeated here,
 * bounded by the timeout both to connect and to wait for the answer. Thread-safe.
 */
public final class JsonEndpoint {

  private final HttpClient client;
  private final URI uri;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final ProviderAnswers answers;
  private final String secret;
  private final Clock clock;

  /**
   * @param headers headers of every request (e.g. the credential)
   * @param secret  the credential, masked wherever the provider's answer echoes it
   */
  public JsonEndpoint(URI uri, Map<String, String> headers, Duration timeout, ProviderAnswers answers,
      String secret) {
    this(uri, headers, timeout, answers, secret, Clock.systemUTC());
  }

  JsonEndpoint(URI uri, Map<String, String> headers, Duration timeout, ProviderAnswers answers, String secret,
      Clock clock) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = Map.copyOf(headers);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.answers = Objects.requireNonNull(answers, "answers");
    this.secret = secret;
    this.clock = clock;
    // HTTP/1.1: no upgrade dance on plain http (gateways on the LAN), and a request that fails
    // is never replayed by the client on another stream.
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public URI uri() {
    return uri;
  }

  /** Sends the body once and classifies what came back. */
  public DeliveryResult post(String jsonBody) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    DeliveryResult result;
    try {
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      result = HttpAnswer.classify(response.statusCode(), response.headers(), response.body(), answers,
          clock.instant());
    } catch (IOException failure) {
      result = TransportFailure.classify(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      result = new DeliveryResult.Uncertain(
          "envio interrompido enquanto aguardava o provedor; a mensagem pode ter sido entregue");
    }
    return ReasonText.withoutSecret(result, secret);
  }
}
