package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports incidents through the gateway as an organ manager does (PRODUCT.md, "Public interface"),
 * one request per call; each report names its own component, so none joins another.
 */
final class Reports {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI incidents;
  private final String authorization;

  Reports(URI gateway, String password) {
    this.incidents = gateway.resolve("/api/v1/incidents");
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString(("notifier-sesa:" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Reports one incident; returns its id, or throws when the gateway did not answer 201. */
  String report(String run, int number) throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(JSON.createObjectNode()
        .put("component", "Componente de teste de carga " + run + "-" + number)
        .put("organ", "SESA")
        .put("description", "Relato gerado pelo benchmark do pipeline")
        .put("source", "WHATSAPP_GROUP")
        .put("reportedBy", "benchmark"));
    HttpRequest request = HttpRequest.newBuilder(incidents).timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization).header("Content-Type", "application/json")
        .header("Idempotency-Key", "benchmark-" + run + "-" + number)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException("o gateway respondeu " + response.statusCode() + ": " + response.body());
    }
    JsonNode created = JSON.readTree(response.body());
    return created.get("id").asString();
  }
}
