package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.maintenance.CancelMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.CompleteMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.MaintenancePlacement;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The team's commands on maintenances (CONTRACTS.md, issue 5), sent to the maintenance-service over request/reply. */
class MaintenanceCommandsTest extends GatewayTestSupport {

  static final String WINDOW = "\"start\":\"2026-12-10T22:00:00-03:00\",\"end\":\"2026-12-11T02:00:00-03:00\"";

  static String maintenance(String component) {
    return "{\"component\":\"" + component + "\"," + WINDOW + ",\"causesUnavailability\":true}";
  }

  @Test
  void a_request_opens_a_maintenance_with_the_window_in_utc() {
    Map<TopicPartition, Long> before = endOffsets(Topics.MAINTENANCE_COMMANDS);

    Response response = postJson("team", "/api/v1/maintenances", "{\"component\":\" Sistema SIGEFES \"," + WINDOW
        + ",\"purpose\":\"  \",\"causesUnavailability\":false,\"incidentId\":\"i-9\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    String id = response.json().path("id").asString();
    assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/maintenances/" + id);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(response.json().path("status").asString()).isEqualTo("REQUESTED");
    assertThat(response.json().path("warnings").isArray()).isTrue();
    assertThat(response.json().path("warnings")).isEmpty();
    List<ConsumerRecord<String, byte[]>> written = recordsSince(Topics.MAINTENANCE_COMMANDS, before);
    assertThat(written).hasSize(1);
    assertThat(written.get(0).key()).isEqualTo(id);
    // placed on its component's partition, where every maintenance of it is decided (overlaps)
    assertThat(written.get(0).partition()).isEqualTo(MaintenancePlacement.partitionOfComponent("sistema sigefes"));
    RequestMaintenance command = AvroCodec.instance().decode(written.get(0).value(), RequestMaintenance.class);
    assertThat(command.getMaintenanceId()).isEqualTo(id);
    assertThat(command.getComponent()).isEqualTo("Sistema SIGEFES");
    assertThat(command.getStart()).isEqualTo(Instant.parse("2026-12-11T01:00:00Z"));
    assertThat(command.getEnd()).isEqualTo(Instant.parse("2026-12-11T05:00:00Z"));
    assertThat(command.getPurpose()).isNull();
    assertThat(command.getCausesUnavailability()).isFalse();
    assertThat(command.getUrgent()).isFalse();
    assertThat(command.getIncidentId()).isEqualTo("i-9");
    assertThat(command.getUnit()).as("the unit-less team user names none").isNull();
    assertThat(command.getMetadata().getActor().getRole()).isEqualTo(Role.TEAM);
    assertThat(command.getMetadata().getOrigin()).isEqualTo(Origin.API);
    assertThat(command.getMetadata().getCorrelationId()).isEqualTo(command.getMetadata().getCommandId());
  }

  // Issue 15: the unit the request names, else the team user's own; one outside the catalogue is 422, sending nothing
  @Test
  void the_responsible_unit_is_the_one_named_else_the_team_users_own_and_must_be_in_the_catalogue() {
    Map<TopicPartition, Long> before = endOffsets(Topics.MAINTENANCE_COMMANDS);

    assertThat(postJson("team-geitic", "/api/v1/maintenances", maintenance("SIGEFES")).status()).isEqualTo(201);
    assertThat(postJson("team-geitic", "/api/v1/maintenances", "{\"component\":\"E-Docs\"," + WINDOW
        + ",\"causesUnavailability\":true,\"unit\":\" gesit \"}").status()).isEqualTo(201);
    JsonNode unknown = postJson("team", "/api/v1/maintenances", "{\"component\":\"SIGEFES\"," + WINDOW
        + ",\"causesUnavailability\":true,\"unit\":\"GEXYZ\"}").assertProblem(422, "VALIDATION_FAILED");

    List<RequestMaintenance> written = recordsSince(Topics.MAINTENANCE_COMMANDS, before).stream()
        .map(record -> AvroCodec.instance().decode(record.value(), RequestMaintenance.class)).toList();
    assertThat(written).extracting(RequestMaintenance::getUnit).containsExactlyInAnyOrder("GEITIC", "GESIT");
    assertThat(unknown.path("errors").toString()).contains("unit").contains("GEXYZ");
  }

  @Test
  void warnings_of_the_result_are_passed_on() {
    Response response = postJson("admin", "/api/v1/maintenances", maintenance("Portal " + FakeMaintenanceService.OVERLAPPING));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode warning = response.json().path("warnings").get(0);
    assertThat(warning.path("code").asString()).isEqualTo("MAINTENANCE_WINDOW_OVERLAPS");
    assertThat(warning.path("detail").asString()).isEqualTo("A janela coincide com outra manutenção.");
    assertThat(warning.path("relatedIds").get(0).asString()).isEqualTo(FakeMaintenanceService.OVERLAPPED_ID);
  }

  @Test
  void the_same_idempotency_key_names_the_same_maintenance_and_another_body_is_422() {
    String key = UUID.randomUUID().toString();

    Response first = postJson("team", "/api/v1/maintenances", maintenance("SIGEFES"), "Idempotency-Key", key);
    Response retry = postJson("team", "/api/v1/maintenances", maintenance("SIGEFES"), "Idempotency-Key", key);

    String id = first.json().path("id").asString();
    assertThat(retry.json().path("id").asString()).isEqualTo(id);
    List<RequestMaintenance> received = maintenanceService.commands(RequestMaintenance.class, id);
    assertThat(received).hasSize(2);
    assertThat(received.get(1).getMetadata().getCommandId()).isEqualTo(received.get(0).getMetadata().getCommandId());
    postJson("team", "/api/v1/maintenances", maintenance("Outro"), "Idempotency-Key", key)
        .assertProblem(422, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void reschedule_cancel_and_completion_carry_their_fields_and_answer_the_new_version() {
    String id = openMaintenance(1, "ANNOUNCED");

    assertChanged(postJson("team", path(id, "reschedule"), "{\"start\":\"2026-12-17T22:00:00-03:00\","
        + "\"end\":\"2026-12-18T02:00:00-03:00\",\"urgent\":true,\"reason\":\" fornecedor \"}"), id, "RESCHEDULED", 2);
    assertChanged(postJson("team", path(id, "completion"), "{\"note\":\"feito\"}"), id, "COMPLETED", 3);
    assertChanged(send(request("admin", path(id, "cancel")).POST(HttpRequest.BodyPublishers.noBody())),
        id, "CANCELLED", 4);

    RescheduleMaintenance reschedule = maintenanceService.commands(RescheduleMaintenance.class, id).get(0);
    assertThat(reschedule.getStart()).isEqualTo(Instant.parse("2026-12-18T01:00:00Z"));
    assertThat(reschedule.getUrgent()).isTrue();
    assertThat(reschedule.getReason()).isEqualTo("fornecedor");
    assertThat(maintenanceService.commands(CompleteMaintenance.class, id).get(0).getNote()).isEqualTo("feito");
    assertThat(maintenanceService.commands(CancelMaintenance.class, id).get(0).getReason()).isNull();
  }

  @Test
  void if_match_becomes_the_expected_version_and_a_stale_one_is_409() {
    String id = openMaintenance(3, "REQUESTED");

    assertChanged(postJson("team", path(id, "cancel"), "{}", "If-Match", "\"3\""), id, "CANCELLED", 4);
    postJson("team", path(id, "cancel"), "{}", "If-Match", "\"3\"").assertProblem(409, "VERSION_MISMATCH");
    postJson("team", path(id, "cancel"), "{}", "If-Match", "3").assertProblem(400, "INVALID_IF_MATCH");

    assertThat(maintenanceService.commands(CancelMaintenance.class, id).get(0).getMetadata().getExpectedVersion())
        .isEqualTo(3L);
  }

  @Test
  void refusals_keep_their_reason_code_and_map_to_404_409_and_422() {
    postJson("team", path(UUID.randomUUID().toString(), "cancel"), "{}").assertProblem(404, "MAINTENANCE_NOT_FOUND");
    String closed = openMaintenance(4, "COMPLETED");
    maintenanceService.refuse(closed, RejectionKind.CONFLICT, "MAINTENANCE_CLOSED", "A manutenção já foi encerrada.");
    JsonNode conflict = postJson("team", path(closed, "cancel"), "{}").assertProblem(409, "MAINTENANCE_CLOSED");
    assertThat(conflict.path("detail").asString()).isEqualTo("A manutenção já foi encerrada.");

    postJson("team", "/api/v1/maintenances", maintenance("SIGEFES " + FakeMaintenanceService.RULE_VIOLATED))
        .assertProblem(422, "WINDOW_NOT_IN_FUTURE");
  }

  @Test
  void no_result_in_time_is_503() {
    postJson("team", "/api/v1/maintenances", maintenance("SIGEFES " + FakeMaintenanceService.SILENT))
        .assertProblem(503, "COMMAND_TIMEOUT");
  }

  @Test
  void bad_input_is_a_400_naming_the_fields_and_writes_nothing() {
    long before = recordsIn(Topics.MAINTENANCE_COMMANDS);

    assertThat(fields(postJson("team", "/api/v1/maintenances", "{}").assertProblem(400, "VALIDATION_FAILED")))
        .containsExactly("causesUnavailability", "component", "end", "start");
    JsonNode noOffset = postJson("team", "/api/v1/maintenances", "{\"component\":\"SIGEFES\",\"start\":"
        + "\"2026-12-10T22:00:00\",\"end\":\"10/12/2026 23:00\",\"causesUnavailability\":true}")
        .assertProblem(400, "VALIDATION_FAILED");
    assertThat(fields(noOffset)).containsExactly("end", "start");
    assertThat(noOffset.path("errors").get(0).path("message").asString()).contains("ISO-8601 com fuso");
    postJson("team", "/api/v1/maintenances", "{\"component\":\"SIGEFES\"," + WINDOW
        + ",\"causesUnavailability\":\"talvez\"}").assertProblem(400, "MALFORMED_REQUEST_BODY");
    assertThat(fields(postJson("team", path(openMaintenance(1, "REQUESTED"), "reschedule"), "{\"start\":\"amanhã\"}")
        .assertProblem(400, "VALIDATION_FAILED"))).containsExactly("end", "start");

    assertThat(recordsIn(Topics.MAINTENANCE_COMMANDS)).isEqualTo(before);
  }

  static String path(String id, String command) {
    return "/api/v1/maintenances/" + id + "/" + command;
  }

  private String openMaintenance(long version, String status) {
    String id = UUID.randomUUID().toString();
    maintenanceService.open(id, version, status);
    return id;
  }

  private static void assertChanged(Response response, String id, String status, long version) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().path("id").asString()).isEqualTo(id);
    assertThat(response.json().path("status").asString()).isEqualTo(status);
    assertThat(response.json().path("version").asLong()).isEqualTo(version);
    assertThat(response.json().path("warnings").isArray()).isTrue();
    assertThat(response.headers().firstValue("ETag")).contains("\"" + version + "\"");
  }
}
