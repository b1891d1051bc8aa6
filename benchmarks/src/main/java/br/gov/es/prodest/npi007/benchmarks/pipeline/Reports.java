package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as the driver uses it, asynchronously over HTTP/1.1: reports incidents as an organ's
 * notifier (PRODUCT.md, "Public interface"), each naming its own component so none joins another,
 * and asks ASCOM's outbox whether an incident's 6.1 is there. The driver bounds how many requests
 * are in flight (so the connections); the client only carries them.
 */
final class Reports implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ExecutorService responses = Executors.newFixedThreadPool(2, daemon("benchmark-http"));
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(responses).build();
  private final URI gateway;
  private final String notifier;
  private final String ascom;
  private final Duration timeout;

  Reports(URI gateway, String password, Duration timeout) {
    this.gateway = gateway;
    this.notifier = basic("notifier-sesa", password);
    this.ascom = basic("ascom", password);
    this.timeout = timeout;
  }

  /** Sends one report; the answer is the whole response, whatever its status. */
  CompletableFuture<HttpResponse<String>> report(String run, int number) {
    String body = JSON.writeValueAsString(JSON.createObjectNode()
        .put("component", "Componente de teste de carga " + run + "-" + number)
        .put("organ", "SESA")
        .put("description", "Relato gerado pelo benchmark do pipeline")
        .put("source", "WHATSAPP_GROUP")
        .put("reportedBy", "benchmark"));
    HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/incidents")).timeout(timeout)
        .header("Authorization", notifier).header("Content-Type", "application/json")
        .header("Idempotency-Key", "benchmark-" + run + "-" + number)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The id of the incident a 201 created; empty for any other answer. */
  static Optional<String> createdId(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      return Optional.empty();
    }
    JsonNode created = JSON.readTree(response.body());
    return Optional.ofNullable(created.get("id")).map(JsonNode::asString);
  }

  /** Whether ASCOM's outbox (GET /api/v1/notifications, as user ascom) already lists the incident's 6.1. */
  CompletableFuture<Boolean> receiptVisible(String incidentId) {
    URI query = gateway.resolve("/api/v1/notifications?type=6.1&incidentId="
        + URLEncoder.encode(incidentId, StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(query).timeout(timeout).header("Authorization", ascom).GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response ->
        response.statusCode() == 200 && JSON.readTree(response.body()).size() > 0);
  }

  @Override
  public void close() {
    responses.shutdownNow();
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
