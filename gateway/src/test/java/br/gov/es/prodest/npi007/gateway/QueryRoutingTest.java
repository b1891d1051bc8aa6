package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Queries are answered by the services' internal APIs (WireMock here). */
class QueryRoutingTest extends GatewayTestSupport {

  @Test
  void the_incident_list_passes_the_filters_on() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get(urlPathEqualTo("/internal/incidents"))
        .willReturn(okJson("[" + SecurityTest.incident(id, "SEFAZ") + "]")));

    Response response = getAs("team", "/api/v1/incidents?status=REPORTED&organ=SEFAZ&component=SIGEFES&unit=%20gesit");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode incident = response.json().get(0);
    assertThat(incident.path("id").asString()).isEqualTo(id);
    assertThat(incident.path("reportedAt").asString()).isEqualTo("2025-03-10T12:00:00Z");
    assertThat(incident.path("version").asLong()).isEqualTo(1);
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents"))
        .withQueryParam("status", equalTo("REPORTED"))
        .withQueryParam("organ", equalTo("SEFAZ"))
        .withQueryParam("component", equalTo("SIGEFES"))
        .withQueryParam("unit", equalTo("GESIT")));
  }

  @Test
  void source_and_open_are_passed_on_and_checked() {
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("[]")));

    Response response = getAs("team", "/api/v1/incidents?source=MONITORING&open=true");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents"))
        .withQueryParam("source", equalTo("MONITORING"))
        .withQueryParam("open", equalTo("true")));
    getAs("team", "/api/v1/incidents?source=EMAIL").assertProblem(400, "INVALID_PARAMETER");
    getAs("team", "/api/v1/incidents?open=talvez").assertProblem(400, "INVALID_PARAMETER");
  }

  @Test
  void one_incident_or_404() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(SecurityTest.incident(id, "SEDU"))));
    services.stubFor(get(urlPathEqualTo("/internal/incidents/missing")).willReturn(notFound()));

    Response found = getAs("management", "/api/v1/incidents/" + id);

    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.json().path("organ").asString()).isEqualTo("SEDU");
    getAs("management", "/api/v1/incidents/missing").assertProblem(404, "INCIDENT_NOT_FOUND");
  }

  @Test
  void notifications_are_routed_to_the_notification_service_with_their_deliveries_untouched() {
    String id = UUID.randomUUID().toString();
    String deliveries = """
        [{"deliveryId":"d-1","channel":"EMAIL","provider":"smtp","recipient":"ti@sesa.es.gov.br","status":"FAILED",
          "attempts":2,"lastReason":"421 ocupado","nextAttemptAt":"2025-03-10T12:01:00Z","providerMessageId":null,
          "uncertain":false,"futureField":{"kept":true}}]""";
    String notification = """
        {"id":"%s","type":"6.3","title":"PRODEST Informa: Aviso de Indisponibilidade","incidentId":"i-1",
         "maintenanceId":null,"status":"FAILED","templateVersion":"1","causationEventId":"e-1",
         "renderedAt":"2025-03-10T12:00:00Z","subject":null,"text":{"whatsapp":"*PRODEST Informa*"},
         "deliveries":%s}
        """.formatted(id, deliveries);
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(okJson("[" + notification + "]")));
    services.stubFor(get("/internal/notifications/" + id).willReturn(okJson(notification)));

    Response list = getAs("ascom",
        "/api/v1/notifications?status=PENDING_REVIEW&type=6.5&incidentId=i-1&maintenanceId=m-1");
    Response one = getAs("ascom", "/api/v1/notifications/" + id);

    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json().get(0).path("type").asString()).isEqualTo("6.3");
    assertThat(one.json().path("text").path("whatsapp").asString()).isEqualTo("*PRODEST Informa*");
    assertThat(one.json().path("deliveries")).isEqualTo(JSON.readTree(deliveries));
    services.verify(getRequestedFor(urlPathEqualTo("/internal/notifications"))
        .withQueryParam("status", equalTo("PENDING_REVIEW"))
        .withQueryParam("type", equalTo("6.5"))
        .withQueryParam("incidentId", equalTo("i-1"))
        .withQueryParam("maintenanceId", equalTo("m-1")));
  }

  @Test
  void compliance_is_routed_to_the_incident_service_as_it_answers() {
    String id = UUID.randomUUID().toString();
    String compliance = """
        {"incidentId":"%s","required":["6.1","6.3","6.4"],"sent":{"6.1":"2025-03-10T12:01:00Z"},"missing":["6.4"]}
        """.formatted(id);
    services.stubFor(get("/internal/incidents/" + id + "/compliance").willReturn(okJson(compliance)));
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(Incidents.json(id, "SESA", 2))));
    services.stubFor(get("/internal/incidents/missing/compliance").willReturn(notFound()));
    services.stubFor(get(urlPathEqualTo("/internal/compliance")).willReturn(okJson("[" + compliance + "]")));

    Response one = getAs("notifier-sesa", "/api/v1/incidents/" + id + "/compliance");
    Response list = getAs("management", "/api/v1/compliance?missing=true");
    Response december = getAs("management", "/api/v1/compliance?from=2026-12-01T03:00:00Z&until=2027-01-01T03:00:00Z");
    Response gesit = getAs("management", "/api/v1/compliance?unit=gesit");

    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.json()).isEqualTo(JSON.readTree(compliance));
    assertThat(list.json().get(0).path("missing").get(0).asString()).isEqualTo("6.4");
    services.verify(getRequestedFor(urlPathEqualTo("/internal/compliance")).withQueryParam("missing", equalTo("true")));
    assertThat(december.status()).as(december.body()).isEqualTo(200);
    services.verify(getRequestedFor(urlPathEqualTo("/internal/compliance"))
        .withQueryParam("from", equalTo("2026-12-01T03:00:00Z")).withQueryParam("until", equalTo("2027-01-01T03:00:00Z")));
    assertThat(gesit.status()).as(gesit.body()).isEqualTo(200);
    services.verify(getRequestedFor(urlPathEqualTo("/internal/compliance")).withQueryParam("unit", equalTo("GESIT")));
    getAs("notifier-sefaz", "/api/v1/incidents/" + id + "/compliance").assertProblem(404, "INCIDENT_NOT_FOUND");
    getAs("team", "/api/v1/incidents/missing/compliance").assertProblem(404, "INCIDENT_NOT_FOUND");
    getAs("team", "/api/v1/compliance?missing=talvez").assertProblem(400, "INVALID_PARAMETER");
  }

  @Test
  void a_filter_the_service_refuses_is_a_400_with_the_service_detail_and_code() {
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"Consulta inválida\",\"status\":400,"
            + "\"detail\":\"Situação desconhecida: INEXISTENTE. Use PENDING_REVIEW ou APPROVED.\","
            + "\"instance\":\"/internal/notifications\"}")));
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"status\":400,\"detail\":\"Situação desconhecida: XPTO.\",\"code\":\"UNKNOWN_STATUS\"}")));
    services.stubFor(get(urlPathEqualTo("/internal/maintenances/m-1")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "text/plain").withBody("Bad Request")));

    JsonNode notifications = getAs("ascom", "/api/v1/notifications?status=INEXISTENTE").assertProblem(400, "INVALID_QUERY");
    JsonNode incidents = getAs("team", "/api/v1/incidents?status=XPTO").assertProblem(400, "UNKNOWN_STATUS");
    JsonNode maintenance = getAs("team", "/api/v1/maintenances/m-1").assertProblem(400, "INVALID_QUERY");

    assertThat(notifications.path("detail").asString())
        .isEqualTo("Situação desconhecida: INEXISTENTE. Use PENDING_REVIEW ou APPROVED.");
    assertThat(notifications.path("instance").asString()).isEqualTo("/api/v1/notifications");
    assertThat(incidents.path("detail").asString()).isEqualTo("Situação desconhecida: XPTO.");
    assertThat(maintenance.path("detail").asString()).isEqualTo("A consulta tem um parâmetro com valor inválido.");
  }

  @Test
  void a_service_that_is_down_or_failing_is_503() {
    services.stubFor(get(urlPathEqualTo("/internal/incidents"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(aResponse().withStatus(500)));

    getAs("team", "/api/v1/incidents").assertProblem(503, "SERVICE_UNAVAILABLE");
    getAs("team", "/api/v1/notifications").assertProblem(503, "SERVICE_UNAVAILABLE");
  }
}
