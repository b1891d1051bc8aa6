package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Maintenance queries are answered by the maintenance-service's internal API (WireMock here). */
class MaintenanceQueriesTest extends GatewayTestSupport {

  static String maintenance(String id, long version, String history) {
    return """
        {"id":"%s","status":"ANNOUNCED","component":"SIGEFES","start":"2026-12-11T01:00:00Z",
         "end":"2026-12-11T05:00:00Z","purpose":null,"causesUnavailability":true,"urgent":false,
         "incidentId":null,"overlapsWith":[],"reminders":[{"leadMinutes":60,"dueAt":"2026-12-11T00:00:00Z",
         "state":"PENDING"}],"version":%d,"requestedAt":"2026-12-01T12:00:00Z","updatedAt":"2026-12-01T12:05:00Z"%s}
        """.formatted(id, version, history == null ? "" : ",\"history\":" + history);
  }

  @Test
  void the_list_passes_the_filters_on_and_leaves_the_history_out() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).willReturn(okJson("[" + maintenance(id, 2, null) + "]")));

    Response response = getAs("notifier-sesa",
        "/api/v1/maintenances?when=upcoming&component=SIGEFES&status=ANNOUNCED&unit=%20geitic%20");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode listed = response.json().get(0);
    assertThat(listed.path("id").asString()).isEqualTo(id);
    assertThat(listed.path("start").asString()).isEqualTo("2026-12-11T01:00:00Z");
    assertThat(listed.path("reminders").get(0).path("state").asString()).isEqualTo("PENDING");
    assertThat(listed.has("history")).isFalse();
    services.verify(getRequestedFor(urlPathEqualTo("/internal/maintenances"))
        .withQueryParam("when", equalTo("upcoming"))
        .withQueryParam("component", equalTo("SIGEFES"))
        .withQueryParam("status", equalTo("ANNOUNCED"))
        .withQueryParam("unit", equalTo("GEITIC")));
  }

  @Test
  void an_unknown_period_is_400() {
    getAs("team", "/api/v1/maintenances?when=amanha").assertProblem(400, "INVALID_PARAMETER");
  }

  @Test
  void one_maintenance_with_its_history_and_version_as_etag_or_404() {
    String id = UUID.randomUUID().toString();
    String history = """
        [{"sequence":1,"eventId":"e-1","type":"MaintenanceRequested","occurredAt":"2026-12-01T12:00:00Z",
          "actor":{"userId":"team","role":"TEAM","organ":"PRODEST"},"origin":"API",
          "details":{"component":"SIGEFES","start":"2026-12-11T01:00:00Z"}}]""";
    services.stubFor(get("/internal/maintenances/" + id).willReturn(okJson(maintenance(id, 2, history))));
    services.stubFor(get("/internal/maintenances/missing").willReturn(notFound()));

    Response found = getAs("integration", "/api/v1/maintenances/" + id);

    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.headers().firstValue("ETag")).hasValue("\"2\"");
    JsonNode event = found.json().path("history").get(0);
    assertThat(event.path("type").asString()).isEqualTo("MaintenanceRequested");
    assertThat(event.path("details").path("component").asString()).isEqualTo("SIGEFES");
    assertThat(event.path("actor").path("role").asString()).isEqualTo("TEAM");
    getAs("team", "/api/v1/maintenances/missing").assertProblem(404, "MAINTENANCE_NOT_FOUND");
  }
}
