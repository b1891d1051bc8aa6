package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecurityTest extends GatewayTestSupport {

  private static final String SEFAZ_REPORT = report("SIGEFES", "SEFAZ", "Fora do ar", "WHATSAPP_GROUP");

  @Test
  void an_anonymous_caller_gets_a_401_problem_with_the_basic_challenge() {
    long before = commandsWritten();

    Response response = send(request(null, "/api/v1/incidents")
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SEFAZ_REPORT)));

    response.assertProblem(401, "UNAUTHENTICATED");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_wrong_password_is_401() {
    Response response = send(request(null, "/api/v1/organs").header("Authorization", "Basic dGVhbTplcnJhZGE="));

    response.assertProblem(401, "UNAUTHENTICATED");
  }

  // Issue 15: one team user per technical unit of the catalogue, lower case only; directorates and ASCOM have none
  @Test
  void each_technical_unit_has_its_team_user_and_no_other_unit_does() {
    assertThat(getAs("team-geitic", "/api/v1/organs").status()).isEqualTo(200);
    assertThat(getAs("team-gesit", "/api/v1/units").status()).isEqualTo(200);
    for (String unknown : List.of("team-diger", "team-ascom", "team-xyz", "Team-Geitic", "team-GEITIC", "team-")) {
      getAs(unknown, "/api/v1/incidents").assertProblem(401, "UNAUTHENTICATED");
    }
  }

  @Test
  void management_may_not_report() {
    long before = commandsWritten();

    postJson("management", "/api/v1/incidents", SEFAZ_REPORT).assertProblem(403, "FORBIDDEN");

    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_notifier_may_not_report_for_another_organ() {
    long before = commandsWritten();

    postJson("notifier-sesa", "/api/v1/incidents", SEFAZ_REPORT).assertProblem(403, "NOTIFIER_OTHER_ORGAN");

    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_notifier_does_not_see_another_organs_incident() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(incident(id, "SEFAZ"))));

    getAs("notifier-sesa", "/api/v1/incidents/" + id).assertProblem(404, "INCIDENT_NOT_FOUND");
    assertThat(getAs("notifier-sefaz", "/api/v1/incidents/" + id).status()).isEqualTo(200);
  }

  @Test
  void a_notifiers_list_is_its_own_organs_whatever_it_asks_for() {
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("[]")));

    Response response = getAs("notifier-sesa", "/api/v1/incidents?organ=SEFAZ&status=REPORTED");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents"))
        .withQueryParam("organ", equalTo("SESA"))
        .withQueryParam("status", equalTo("REPORTED")));
  }

  @Test
  void notifiers_do_not_read_the_outbox() {
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(aResponse().withStatus(200).withBody("[]")));

    getAs("notifier-sesa", "/api/v1/notifications").assertProblem(403, "FORBIDDEN");
  }

  @Test
  void health_and_the_openapi_document_are_open() {
    assertThat(getAs(null, "/actuator/health").status()).isEqualTo(200);
    Response apiDocs = getAs(null, "/v3/api-docs");
    assertThat(apiDocs.status()).isEqualTo(200);
    assertThat(apiDocs.json().path("paths").has("/api/v1/incidents")).isTrue();
    assertThat(apiDocs.json().path("paths").has("/api/v1/notifications/{id}")).isTrue();
    assertThat(apiDocs.json().path("paths").has("/api/v1/incidents/{id}/triage")).isTrue();
    assertThat(apiDocs.json().path("paths").has("/api/v1/incidents/{id}/assignment")).isTrue();
    assertThat(apiDocs.json().path("paths").has("/api/v1/incidents/{id}/timeline")).isTrue();
    assertThat(apiDocs.json().path("paths").has("/webhooks/alertmanager")).isTrue();
    assertThat(apiDocs.json().path("paths").has("/webhooks/service-desk")).isTrue();
    JsonNode paths = apiDocs.json().path("paths");
    assertThat(paths.path("/api/v1/organs/{code}").has("put")).isTrue();
    assertThat(paths.path("/api/v1/units/{code}").has("put")).isTrue();
    assertThat(paths.path("/api/v1/units").has("get")).isTrue();
    assertThat(paths.path("/api/v1/maintenances").has("post")).isTrue();
    assertThat(paths.path("/api/v1/maintenances").has("get")).isTrue();
    assertThat(paths.path("/api/v1/maintenances/{id}").has("get")).isTrue();
    assertThat(paths.has("/api/v1/maintenances/{id}/reschedule")).isTrue();
    assertThat(paths.has("/api/v1/maintenances/{id}/cancel")).isTrue();
    assertThat(paths.has("/api/v1/maintenances/{id}/completion")).isTrue();
    assertThat(paths.has("/api/v1/incidents/{id}/compliance")).isTrue();
    assertThat(paths.has("/api/v1/compliance")).isTrue();
    assertThat(paths.path("/webhooks/whatsapp").has("get")).isTrue();
    assertThat(paths.path("/webhooks/whatsapp").has("post")).isTrue();
  }

  static String incident(String id, String organ) {
    return """
        {"id":"%s","status":"REPORTED","component":"SIGEFES","organ":"%s","description":"Fora do ar",
         "source":"WHATSAPP_GROUP","reportedBy":"Maria","saNumber":null,"version":1,
         "reportedAt":"2025-03-10T12:00:00Z","updatedAt":"2025-03-10T12:00:00Z"}
        """.formatted(id, organ);
  }
}
