package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.AssignIncident;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.PostStatement;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.StatementKind;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The commands after a report: each answers 200 {id, status, version} with the version as ETag. */
class IncidentCommandsTest extends GatewayTestSupport {

  private static final String TRIAGE_RESTRICTED =
      "{\"verdict\":\"CONFIRMED_RESTRICTED\",\"impact\":\"Emissão de NF-e parada\",\"organ\":\"SEFAZ\"}";

  @Test
  void linking_the_service_request_answers_the_new_status_and_version() {
    String id = openIncident(1, "REPORTED");

    Response response = postJson("team", path(id, "service-request"), "{\"saNumber\":\" SA-2025-0001 \"}");

    assertChanged(response, id, "UNDER_ANALYSIS", 2);
    LinkServiceRequest command = incidentService.commands(LinkServiceRequest.class, id).get(0);
    assertThat(command.getSaNumber()).isEqualTo("SA-2025-0001");
    assertThat(command.getMetadata().getActor().getRole()).isEqualTo(Role.TEAM);
    assertThat(command.getMetadata().getExpectedVersion()).isNull();
  }

  @Test
  void a_notifier_links_the_sa_of_its_own_organs_incident() {
    String id = openIncident(1, "REPORTED");
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(Incidents.json(id, "SESA", 1))));

    Response response = postJson("notifier-sesa", path(id, "service-request"), "{\"saNumber\":\"SA-7\"}");

    assertChanged(response, id, "UNDER_ANALYSIS", 2);
    assertThat(incidentService.commands(LinkServiceRequest.class, id).get(0).getMetadata().getActor().getOrgan())
        .isEqualTo("SESA");
  }

  @Test
  void a_triage_carries_verdict_impact_and_organ() {
    String id = openIncident(2, "UNDER_ANALYSIS");

    Response response = postJson("team", path(id, "triage"), TRIAGE_RESTRICTED);

    assertChanged(response, id, "CONFIRMED_RESTRICTED", 3);
    TriageIncident command = incidentService.commands(TriageIncident.class, id).get(0);
    assertThat(command.getVerdict()).isEqualTo(Verdict.CONFIRMED_RESTRICTED);
    assertThat(command.getImpact()).isEqualTo("Emissão de NF-e parada");
    assertThat(command.getOrgan()).isEqualTo("SEFAZ");
  }

  @Test
  void a_restoration_carries_its_note() {
    String id = openIncident(3, "CONFIRMED_GENERAL");

    Response response = postJson("admin", path(id, "restoration"), "{\"note\":\"Banco reiniciado\"}");

    assertChanged(response, id, "RESTORED", 4);
    assertThat(incidentService.commands(RestoreService.class, id).get(0).getNote()).isEqualTo("Banco reiniciado");
  }

  @Test
  void a_manager_posts_a_statement() {
    String id = openIncident(3, "CONFIRMED_GENERAL");

    Response response = postJson("management", path(id, "statements"),
        "{\"kind\":\"CONFIRMATION\",\"text\":\"Confirmamos a indisponibilidade.\"}");

    assertChanged(response, id, "CONFIRMED_GENERAL", 4);
    PostStatement command = incidentService.commands(PostStatement.class, id).get(0);
    assertThat(command.getKind()).isEqualTo(StatementKind.CONFIRMATION);
    assertThat(command.getOffice()).isNull();
    assertThat(command.getUnit()).isNull();
    assertThat(command.getMetadata().getActor().getRole()).isEqualTo(Role.MANAGEMENT);
  }

  // Issue 15 (NPI-007 5.2.3): the statement says who speaks; a unit outside the catalogue is 422 and sends nothing
  @Test
  void a_statement_names_the_speakers_office_and_unit() {
    String id = openIncident(3, "CONFIRMED_GENERAL");

    assertChanged(postJson("management", path(id, "statements"),
        "{\"kind\":\"CONFIRMATION\",\"text\":\"Confirmamos.\",\"office\":\"DIRECTOR\",\"unit\":\"dstem\"}"),
        id, "CONFIRMED_GENERAL", 4);
    long before = commandsWritten();
    JsonNode unknown = postJson("management", path(id, "statements"),
        "{\"kind\":\"CONFIRMATION\",\"text\":\"Confirmamos.\",\"unit\":\"DXYZ\"}").assertProblem(422, "VALIDATION_FAILED");

    PostStatement command = incidentService.commands(PostStatement.class, id).get(0);
    assertThat(command.getOffice()).isEqualTo("DIRECTOR");
    assertThat(command.getUnit()).isEqualTo("DSTEM");
    assertThat(unknown.path("errors").get(0).path("field").asString()).isEqualTo("unit");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_maintenance_is_linked() {
    String id = openIncident(3, "CONFIRMED_GENERAL");
    String maintenanceId = UUID.randomUUID().toString();

    Response response = postJson("team", path(id, "maintenance"), "{\"maintenanceId\":\"" + maintenanceId + "\"}");

    assertChanged(response, id, "MAINTENANCE_SCHEDULED", 4);
    assertThat(incidentService.commands(LinkMaintenance.class, id).get(0).getMaintenanceId()).isEqualTo(maintenanceId);
  }

  @Test
  void a_unit_of_the_catalogue_is_assigned_with_its_note_in_any_case() {
    String id = openIncident(2, "UNDER_ANALYSIS");

    Response response = postJson("team", path(id, "assignment"), "{\"unit\":\" geitic \",\"note\":\" Link do datacenter \"}");

    assertChanged(response, id, "UNDER_ANALYSIS", 3);
    AssignIncident command = incidentService.commands(AssignIncident.class, id).get(0);
    assertThat(command.getUnit()).isEqualTo("GEITIC");
    assertThat(command.getNote()).isEqualTo("Link do datacenter");
    assertThat(command.getMetadata().getActor().getRole()).isEqualTo(Role.TEAM);
  }

  @Test
  void a_unit_outside_the_catalogue_is_422_and_sends_nothing() {
    String id = openIncident(2, "UNDER_ANALYSIS");
    long before = commandsWritten();

    JsonNode problem = postJson("team", path(id, "assignment"), "{\"unit\":\"GETEC\"}")
        .assertProblem(422, "VALIDATION_FAILED");

    assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("unit");
    assertThat(problem.path("errors").get(0).path("message").asString()).contains("catálogo de unidades", "GETEC");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void refusals_keep_their_reason_code_and_map_to_404_409_and_422() {
    String missing = UUID.randomUUID().toString();
    postJson("team", path(missing, "triage"), TRIAGE_RESTRICTED).assertProblem(404, "INCIDENT_NOT_FOUND");

    String triaged = openIncident(3, "CONFIRMED_GENERAL");
    incidentService.refuse(triaged, RejectionKind.CONFLICT, "ALREADY_TRIAGED", "O incidente já foi analisado.");
    JsonNode conflict = postJson("team", path(triaged, "triage"), TRIAGE_RESTRICTED).assertProblem(409, "ALREADY_TRIAGED");
    assertThat(conflict.path("detail").asString()).isEqualTo("O incidente já foi analisado.");
    assertThat(conflict.path("instance").asString()).isEqualTo(path(triaged, "triage"));

    String analysed = openIncident(2, "UNDER_ANALYSIS");
    incidentService.refuse(analysed, RejectionKind.RULE_VIOLATED, "IMPACT_REQUIRED", "Informe o impacto.");
    postJson("team", path(analysed, "triage"), "{\"verdict\":\"CONFIRMED_GENERAL\"}").assertProblem(422, "IMPACT_REQUIRED");

    String closed = openIncident(5, "RESTORED");
    incidentService.refuse(closed, RejectionKind.CONFLICT, "INCIDENT_CLOSED", "O incidente está encerrado.");
    postJson("team", path(closed, "maintenance"), "{\"maintenanceId\":\"m-1\"}").assertProblem(409, "INCIDENT_CLOSED");
    postJson("team", path(closed, "assignment"), "{\"unit\":\"GESIT\"}").assertProblem(409, "INCIDENT_CLOSED");
  }

  @Test
  void if_match_becomes_the_expected_version_and_a_stale_one_is_409() {
    String id = openIncident(4, "UNDER_ANALYSIS");

    postJson("team", path(id, "triage"), TRIAGE_RESTRICTED, "If-Match", "\"3\"").assertProblem(409, "VERSION_MISMATCH");
    Response current = postJson("team", path(id, "triage"), TRIAGE_RESTRICTED, "If-Match", "\"4\"");

    assertChanged(current, id, "CONFIRMED_RESTRICTED", 5);
    List<Long> expected = new ArrayList<>();
    incidentService.commands(TriageIncident.class, id).forEach(command -> expected.add(command.getMetadata().getExpectedVersion()));
    assertThat(expected).containsExactly(3L, 4L);
  }

  @Test
  void an_if_match_that_is_not_one_quoted_version_is_400_and_writes_nothing() {
    String id = openIncident(4, "UNDER_ANALYSIS");
    long before = commandsWritten();

    for (String ifMatch : List.of("4", "W/\"4\"", "\"4\", \"5\"", "\"abc\"", "\"99999999999999999999\"")) {
      postJson("team", path(id, "triage"), TRIAGE_RESTRICTED, "If-Match", ifMatch).assertProblem(400, "INVALID_IF_MATCH");
    }

    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void get_sends_the_version_as_etag() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(Incidents.json(id, "SEDU", 7))));

    Response response = getAs("team", "/api/v1/incidents/" + id);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).contains("\"7\"");
    assertThat(response.json().path("closed").asBoolean()).isFalse();
    assertThat(response.json().path("saNumber").asString()).isEqualTo("SA-1");
  }

  @Test
  void a_retry_with_the_same_idempotency_key_is_the_same_command_and_another_body_is_422() {
    String id = openIncident(1, "REPORTED");
    String other = openIncident(1, "REPORTED");
    String key = UUID.randomUUID().toString();

    Response first = postJson("team", path(id, "service-request"), "{\"saNumber\":\"SA-9\"}", "Idempotency-Key", key);
    Response retry = postJson("team", path(id, "service-request"), "{\"saNumber\":\"SA-9\"}", "Idempotency-Key", key);
    Response elsewhere = postJson("team", path(other, "service-request"), "{\"saNumber\":\"SA-9\"}", "Idempotency-Key", key);

    assertChanged(first, id, "UNDER_ANALYSIS", 2);
    assertThat(retry.json()).isEqualTo(first.json());
    assertChanged(elsewhere, other, "UNDER_ANALYSIS", 2);
    List<LinkServiceRequest> sent = incidentService.commands(LinkServiceRequest.class, id);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getMetadata().getCommandId()).isEqualTo(sent.get(0).getMetadata().getCommandId());
    assertThat(incidentService.commands(LinkServiceRequest.class, other).get(0).getMetadata().getCommandId())
        .isNotEqualTo(sent.get(0).getMetadata().getCommandId());
    long before = commandsWritten();

    postJson("team", path(id, "service-request"), "{\"saNumber\":\"SA-10\"}", "Idempotency-Key", key)
        .assertProblem(422, "IDEMPOTENCY_KEY_REUSED");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void invalid_bodies_are_400_with_the_fields_and_write_nothing() {
    String id = openIncident(2, "UNDER_ANALYSIS");
    long before = commandsWritten();

    assertInvalid(postJson("team", path(id, "triage"), "{\"verdict\":\"MAYBE\",\"organ\":\"XPTO\"}"), "organ", "verdict");
    assertInvalid(postJson("team", path(id, "service-request"), "{\"saNumber\":\"  \"}"), "saNumber");
    assertInvalid(postJson("management", path(id, "statements"), "{\"kind\":\"OTHER\"}"), "kind", "text");
    assertInvalid(postJson("management", path(id, "statements"),
        "{\"kind\":\"CONFIRMATION\",\"text\":\"Texto\",\"office\":\"SECRETARIO\"}"), "office");
    assertInvalid(postJson("team", path(id, "maintenance"), "{}"), "maintenanceId");
    assertInvalid(postJson("team", path(id, "restoration"), "{\"note\":\"" + "x".repeat(4001) + "\"}"), "note");
    assertInvalid(postJson("team", path(id, "assignment"), "{\"unit\":\" \"}"), "unit");
    postJson("team", path(id, "triage"), "{\"verdict\":").assertProblem(400, "MALFORMED_REQUEST_BODY");

    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_report_that_joins_an_open_incident_answers_with_that_incident() {
    String open = UUID.randomUUID().toString();

    Response response = postJson("team", "/api/v1/incidents",
        report("SIGEFES", "SEFAZ", "Fora do ar [junta a " + open + "]", "WHATSAPP_GROUP"));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.json().path("id").asString()).isEqualTo(open);
    assertThat(response.headers().firstValue("Location")).contains("/api/v1/incidents/" + open);
  }

  private String openIncident(long version, String status) {
    String id = UUID.randomUUID().toString();
    incidentService.open(id, version, status);
    return id;
  }

  static String path(String id, String command) {
    return "/api/v1/incidents/" + id + "/" + command;
  }

  private static void assertChanged(Response response, String id, String status, long version) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().path("id").asString()).isEqualTo(id);
    assertThat(response.json().path("status").asString()).isEqualTo(status);
    assertThat(response.json().path("version").asLong()).isEqualTo(version);
    assertThat(response.headers().firstValue("ETag")).contains("\"" + version + "\"");
  }

  private static void assertInvalid(Response response, String... fields) {
    JsonNode problem = response.assertProblem(400, "VALIDATION_FAILED");
    List<String> invalid = new ArrayList<>();
    problem.path("errors").forEach(error -> invalid.add(error.path("field").asString()));
    assertThat(invalid).containsExactly(fields);
  }
}
