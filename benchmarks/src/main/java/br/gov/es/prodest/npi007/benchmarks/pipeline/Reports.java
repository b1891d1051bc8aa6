package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as the driver uses it, asynchronously over HTTP/1.1: reports incidents as an organ's
 * notifier (PRODUCT.md, "Public interface"), each naming its own component so none joins another,
 * and asks ASCOM's outbox whether an incident's 6.1 is there, through one {@link Gateway}.
 */
final class Reports implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Gateway gateway;

  Reports(URI gateway, String password, Duration timeout) {
    this.gateway = new Gateway(gateway, password, timeout);
  }

  /** Sends one report; the answer is the whole response, whatever its status. */
  CompletableFuture<HttpResponse<String>> report(String run, int number) {
    String body = JSON.writeValueAsString(JSON.createObjectNode()
        .put("component", "Componente de teste de carga " + run + "-" + number)
        .put("organ", "SESA")
        .put("description", "Relato gerado pelo benchmark do pipeline")
        .put("source", "WHATSAPP_GROUP")
        .put("reportedBy", "benchmark"));
    return gateway.send("notifier-sesa", "POST", "/api/v1/incidents", body, "benchmark-" + run + "-" + number);
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
    String query = "/api/v1/notifications?type=6.1&incidentId=" + URLEncoder.encode(incidentId, StandardCharsets.UTF_8);
    return gateway.send("ascom", "GET", query, null, null).thenApply(response ->
        response.statusCode() == 200 && JSON.readTree(response.body()).size() > 0);
  }

  @Override
  public void close() {
    gateway.close();
  }
}
