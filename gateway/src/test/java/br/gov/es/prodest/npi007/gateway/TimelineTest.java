package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The timeline is the incident-service's, as JSON or, on request, as CSV. */
class TimelineTest extends GatewayTestSupport {

  private static final String TIMELINE = """
      [{"sequence":1,"kind":"event","eventId":"e-1","type":"IncidentReported","occurredAt":"2025-03-10T12:00:00Z",
        "actor":{"userId":"notifier-sesa","role":"NOTIFIER","organ":"SESA"},"origin":"API","commandId":"c-1",
        "details":{"component":"Portal da Saúde","description":"Fora do ar, \\"urgente\\"\\nsegunda linha"}},
       {"sequence":null,"kind":"message","eventId":"m-1","type":"MessageRendered","occurredAt":"2025-03-10T12:00:00Z",
        "actor":{"userId":"notification-service","role":"SYSTEM","organ":null},"origin":"SYSTEM","commandId":"c-1",
        "notificationId":"n-1","messageId":"6.1","details":{"title":null}},
       {"sequence":2,"kind":"event","eventId":"e-2","type":"ServiceRequestLinked","occurredAt":"2025-03-10T12:05:00.250Z",
        "actor":{"userId":"service-desk","role":"INTEGRATION","organ":null},"origin":"SERVICE_DESK","commandId":"c-2",
        "details":{"saNumber":"SA-1"}}]
      """;

  @Test
  void json_is_passed_on_in_sequence_order() {
    String id = stubTimeline("SESA");

    Response response = getAs("team", "/api/v1/incidents/" + id + "/timeline");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode entries = response.json();
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).path("type").asString()).isEqualTo("IncidentReported");
    assertThat(entries.get(0).path("actor").path("organ").asString()).isEqualTo("SESA");
    assertThat(entries.get(1).path("kind").asString()).isEqualTo("message");
    assertThat(entries.get(1).path("sequence").isNull()).isTrue();
    assertThat(entries.get(1).path("messageId").asString()).isEqualTo("6.1");
    assertThat(entries.get(2).path("occurredAt").asString()).isEqualTo("2025-03-10T12:05:00.250Z");
    assertThat(entries.get(2).path("details").path("saNumber").asString()).isEqualTo("SA-1");
  }

  @Test
  void csv_has_one_row_per_entry_quoted_as_rfc_4180_in_utf_8() {
    String id = stubTimeline("SESA");

    Response response = send(request("ascom", "/api/v1/incidents/" + id + "/timeline").header("Accept", "text/csv"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
        assertThat(value).startsWith("attachment"));
    assertThat(response.body()).isEqualTo(
        "sequence,kind,occurredAt,type,userId,role,organ,origin,commandId,notificationId,messageId,details\r\n"
            + "1,event,2025-03-10T12:00:00Z,IncidentReported,notifier-sesa,NOTIFIER,SESA,API,c-1,,,"
            + "\"{\"\"component\"\":\"\"Portal da Saúde\"\",\"\"description\"\":\"\"Fora do ar, \\\"\"urgente\\\"\"\\nsegunda linha\"\"}\"\r\n"
            + ",message,2025-03-10T12:00:00Z,MessageRendered,notification-service,SYSTEM,,SYSTEM,c-1,n-1,6.1,"
            + "\"{\"\"title\"\":null}\"\r\n"
            + "2,event,2025-03-10T12:05:00.250Z,ServiceRequestLinked,service-desk,INTEGRATION,,SERVICE_DESK,c-2,,,"
            + "\"{\"\"saNumber\"\":\"\"SA-1\"\"}\"\r\n");
  }

  @Test
  void json_is_the_default_and_a_format_not_offered_is_406() {
    String id = stubTimeline("SESA");

    Response anything = send(request("team", "/api/v1/incidents/" + id + "/timeline").header("Accept", "*/*"));
    Response preferringJson = send(request("team", "/api/v1/incidents/" + id + "/timeline")
        .header("Accept", "text/csv;q=0.5, application/json"));

    assertThat(anything.contentType()).startsWith("application/json");
    assertThat(preferringJson.contentType()).startsWith("application/json");
    send(request("team", "/api/v1/incidents/" + id + "/timeline").header("Accept", "application/xml"))
        .assertProblem(406, "NOT_ACCEPTABLE");
  }

  @Test
  void kind_narrows_the_timeline_and_an_unknown_kind_is_400_without_asking_the_service() {
    String id = stubTimeline("SESA");
    services.stubFor(get(urlPathEqualTo("/internal/incidents/" + id + "/timeline"))
        .withQueryParam("kind", equalTo("event,delivery")).willReturn(okJson("[]")));

    Response narrowed = getAs("team", "/api/v1/incidents/" + id + "/timeline?kind=event,%20delivery");

    assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
    assertThat(narrowed.json()).isEmpty();
    getAs("team", "/api/v1/incidents/" + id + "/timeline?kind=events").assertProblem(400, "INVALID_TIMELINE_KIND");
  }

  @Test
  void a_missing_incident_is_404() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id + "/timeline").willReturn(notFound()));

    getAs("team", "/api/v1/incidents/" + id + "/timeline").assertProblem(404, "INCIDENT_NOT_FOUND");
  }

  @Test
  void a_notifier_sees_only_its_own_organs_timeline() {
    String id = stubTimeline("SESA");

    assertThat(getAs("notifier-sesa", "/api/v1/incidents/" + id + "/timeline").status()).isEqualTo(200);
    getAs("notifier-sefaz", "/api/v1/incidents/" + id + "/timeline").assertProblem(404, "INCIDENT_NOT_FOUND");
    send(request("notifier-sefaz", "/api/v1/incidents/" + id + "/timeline").header("Accept", "text/csv"))
        .assertProblem(404, "INCIDENT_NOT_FOUND");
  }

  private static String stubTimeline(String organ) {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(Incidents.json(id, organ, 2))));
    services.stubFor(get("/internal/incidents/" + id + "/timeline").willReturn(okJson(TIMELINE)));
    return id;
  }
}
