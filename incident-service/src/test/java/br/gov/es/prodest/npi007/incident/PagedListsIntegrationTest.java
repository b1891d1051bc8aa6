package br.gov.es.prodest.npi007.incident;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The incident and compliance lists over HTTP, a page at a time (CONTRACTS.md, "Internal query APIs"). */
class PagedListsIntegrationTest extends RunningIncidentService {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");

  @Test
  void a_list_is_walked_by_the_next_cursor_header_with_its_filters_until_the_last_page() throws Exception {
    // one organ of this test's own, so that the other tests' incidents stay out of its list
    String organ = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    List<String> reported = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      reported.add(report(organ, TEN_AM.plusSeconds(i)));
    }
    awaitJson("/internal/incidents?limit=500&organ=" + organ, found -> found.size() == 3);

    HttpResponse<String> first = get("/internal/incidents?limit=2&organ=" + organ);
    String cursor = first.headers().firstValue("Npi007-Next-Cursor").orElseThrow();
    HttpResponse<String> last = get("/internal/incidents?limit=2&organ=" + organ + "&cursor=" + cursor);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(ids(first)).containsExactly(reported.get(2), reported.get(1));
    assertThat(ids(last)).containsExactly(reported.get(0));
    assertThat(last.headers().firstValue("Npi007-Next-Cursor")).isEmpty();
  }

  @Test
  void the_compliance_list_is_paged_too() throws Exception {
    report("SESA", TEN_AM);
    report("SESA", TEN_AM);
    awaitJson("/internal/compliance?limit=500", found -> found.size() >= 2);

    HttpResponse<String> first = get("/internal/compliance?limit=1");
    String cursor = first.headers().firstValue("Npi007-Next-Cursor").orElseThrow();
    HttpResponse<String> second = get("/internal/compliance?limit=1&cursor=" + cursor);

    assertThat(json.readTree(first.body())).hasSize(1);
    assertThat(json.readTree(second.body()).get(0).get("incidentId").asString())
        .isNotEqualTo(json.readTree(first.body()).get(0).get("incidentId").asString());
    assertThat(code(get("/internal/incidents?cursor=" + cursor))).isEqualTo("INVALID_CURSOR");
  }

  @Test
  void a_bad_limit_or_cursor_is_a_400_problem_with_its_code() throws Exception {
    for (String path : List.of("/internal/incidents?limit=0", "/internal/incidents?limit=501",
        "/internal/incidents?limit=dez", "/internal/compliance?limit=-1")) {
      HttpResponse<String> refused = get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(code(refused)).isEqualTo("INVALID_LIMIT");
    }
    HttpResponse<String> badCursor = get("/internal/incidents?cursor=bm9uc2Vuc2U");
    assertThat(badCursor.statusCode()).isEqualTo(400);
    assertThat(code(badCursor)).isEqualTo("INVALID_CURSOR");
    assertThat(json.readTree(badCursor.body()).get("detail").asString())
        .isEqualTo("O cursor de paginação é inválido; recomece a consulta sem ele.");
    assertThat(code(get("/internal/compliance?cursor=%21%21"))).isEqualTo("INVALID_CURSOR");
  }

  private String code(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).get("code").asString();
  }

  private List<String> ids(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).findValuesAsString("id");
  }

  /** A report of a component of its own (reports of one component join the open incident). */
  private static String report(String organ, Instant issuedAt) {
    String incident = UUID.randomUUID().toString();
    ReportIncident report = new ReportIncident(new CommandMetadata(UUID.randomUUID().toString(),
        UUID.randomUUID().toString(), issuedAt, new Actor("ana", Role.TEAM, null, null), Origin.API, null), incident,
        "Paginado-" + incident, organ, "Fora do ar", ReportSource.MONITORING, "Ana", null, null, null, null, null, null);
    send(Topics.INCIDENT_COMMANDS, incident, report);
    assertThat(awaitResults(report.getMetadata().getCommandId(), 1).get(0).getAccepted()).isTrue();
    return incident;
  }
}
