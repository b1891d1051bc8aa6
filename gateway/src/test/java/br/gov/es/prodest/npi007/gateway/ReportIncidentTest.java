package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportIncidentTest extends GatewayTestSupport {

  @Test
  void an_accepted_report_answers_201_with_the_incident_and_its_location() {
    String body = "{\"component\":\"SIGEFES\",\"organ\":\"SEFAZ\",\"description\":\"Fora do ar\","
        + "\"source\":\"WHATSAPP_GROUP\",\"reportedBy\":\"Maria\",\"unknownField\":42}";

    Response response = postJson("team", "/api/v1/incidents", body);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode created = response.json();
    String id = created.path("id").asString();
    assertThat(created.path("status").asString()).isEqualTo("REPORTED");
    assertThat(response.headers().firstValue("Location")).contains("/api/v1/incidents/" + id);
    // the new incident lives on its component's partition, so the incident-service decides it in one hop
    assertThat(IncidentPlacement.colocated(id, "SIGEFES")).isTrue();
    ReportIncident command = commandFor(id);
    assertThat(command.getComponent()).isEqualTo("SIGEFES");
    assertThat(command.getMetadata().getOrigin()).isEqualTo(Origin.API);
    assertThat(command.getMetadata().getActor().getUserId()).isEqualTo("team");
    assertThat(command.getMetadata().getActor().getRole()).isEqualTo(Role.TEAM);
    assertThat(command.getMetadata().getActor().getOrgan()).isEqualTo("PRODEST");
    assertThat(command.getMetadata().getIssuedAt()).isNotNull();
  }

  @Test
  void a_notifier_reports_for_its_own_organ_and_detection_by_prodest_skips_the_acknowledgement() {
    Response response = postJson("notifier-sesa", "/api/v1/incidents",
        report("Portal da Saúde", "SESA", "Lento", "MONITORING"));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.json().path("status").asString()).isEqualTo("DETECTED_BY_PRODEST");
    ReportIncident command = commandFor(response.json().path("id").asString());
    assertThat(command.getMetadata().getActor().getRole()).isEqualTo(Role.NOTIFIER);
    assertThat(command.getMetadata().getActor().getOrgan()).isEqualTo("SESA");
  }

  @Test
  void a_retry_with_the_same_idempotency_key_names_the_same_command_and_gets_the_same_answer() {
    String key = UUID.randomUUID().toString();
    String body = report("e-Docs", "SEGER", "Erro ao assinar", "SERVICE_DESK");

    Response first = postJson("ascom", "/api/v1/incidents", body, "Idempotency-Key", key);
    Response retry = postJson("ascom", "/api/v1/incidents", body, "Idempotency-Key", key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(retry.json()).isEqualTo(first.json());
    List<ReportIncident> sent = incidentService.received().stream()
        .filter(command -> command.getIncidentId().equals(first.json().path("id").asString())).toList();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getMetadata().getCommandId()).isEqualTo(sent.get(0).getMetadata().getCommandId());
  }

  @Test
  void the_same_idempotency_key_with_another_body_is_refused_with_422_and_writes_nothing() {
    String key = UUID.randomUUID().toString();
    assertThat(postJson("team", "/api/v1/incidents", report("e-Docs", "SEGER", "Erro", "SERVICE_DESK"),
        "Idempotency-Key", key).status()).isEqualTo(201);
    long before = commandsWritten();

    Response reused = postJson("team", "/api/v1/incidents", report("e-Docs", "SEGER", "Outro erro", "SERVICE_DESK"),
        "Idempotency-Key", key);

    reused.assertProblem(422, "IDEMPOTENCY_KEY_REUSED");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_conflict_is_409_with_the_reason_code_and_the_portuguese_detail() {
    Response response = postJson("team", "/api/v1/incidents",
        report("SIGEFES", "SEFAZ", "Fora do ar " + FakeIncidentService.CONFLICT, "WHATSAPP_GROUP"));

    JsonNode problem = response.assertProblem(409, "INCIDENT_ALREADY_EXISTS");
    assertThat(problem.path("detail").asString()).isEqualTo("O incidente já foi relatado.");
    assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/incidents");
  }

  @Test
  void a_rule_violation_is_422() {
    Response response = postJson("integration", "/api/v1/incidents",
        report("Desconhecido", "SEDU", "Erro " + FakeIncidentService.RULE_VIOLATED, "MONITORING"));

    response.assertProblem(422, "COMPONENT_UNKNOWN");
  }

  @Test
  void no_result_in_time_is_503() {
    Response response = postJson("admin", "/api/v1/incidents",
        report("SIGEFES", "SEFAZ", "Erro " + FakeIncidentService.SILENT, "INTERNAL_TEST"));

    response.assertProblem(503, "COMMAND_TIMEOUT");
  }

  private ReportIncident commandFor(String incidentId) {
    return incidentService.received().stream()
        .filter(command -> command.getIncidentId().equals(incidentId))
        .findFirst()
        .orElseThrow();
  }
}
