package br.gov.es.prodest.npi007.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

/** The service on a real broker: commands in, events and results out, the register over HTTP. */
class IncidentServiceIntegrationTest extends RunningIncidentService {

  @Test
  void a_report_is_published_once_answered_with_the_callers_header_and_shown() throws Exception {
    ReportIncident report = report(UUID.randomUUID().toString(), ReportSource.WHATSAPP_GROUP);
    byte[] correlation = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);

    send(report, correlation);

    ConsumerRecord<byte[], byte[]> answer = awaitResults(report, 1).get(0);
    CommandResult result = CODEC.decode(answer.value(), CommandResult.class);
    assertThat(result.getAccepted()).isTrue();
    assertThat(result.getStatus()).isEqualTo("REPORTED");
    assertThat(result.getVersion()).isEqualTo(1);
    assertThat(answer.headers().lastHeader(KafkaHeaders.CORRELATION_ID)).extracting(Header::value)
        .isEqualTo(correlation);

    List<IncidentReported> published = reportsOf(report.getIncidentId());
    assertThat(published).hasSize(1);
    assertThat(published.get(0).getEnvelope().getEventId()).isEqualTo(result.getEventIds().get(0));
    assertThat(published.get(0).getEnvelope().getSequence()).isEqualTo(1);

    JsonNode shown = awaitIncident(report.getIncidentId());
    assertThat(shown.get("status").asString()).isEqualTo("REPORTED");
    assertThat(shown.get("component").asString()).isEqualTo(report.getComponent());
    assertThat(shown.get("version").asLong()).isEqualTo(1);
    assertThat(shown.get("saNumber").isNull()).isTrue();
    assertThat(Instant.parse(shown.get("reportedAt").asString())).isEqualTo(report.getMetadata().getIssuedAt());
    JsonNode listed = json.readTree(get("/internal/incidents?status=REPORTED&organ=SESA&component=" + report.getComponent()).body());
    assertThat(listed.findValuesAsString("id")).contains(report.getIncidentId());
    JsonNode elsewhere = json.readTree(get("/internal/incidents?organ=SEDU").body());
    assertThat(elsewhere.findValuesAsString("id")).doesNotContain(report.getIncidentId());
  }

  @Test
  void a_command_sent_twice_causes_one_event_and_two_accepted_results() {
    ReportIncident report = report(UUID.randomUUID().toString(), ReportSource.MONITORING);

    send(report, correlation());
    send(report, correlation());

    List<CommandResult> answers = awaitResults(report, 2).stream()
        .map(record -> CODEC.decode(record.value(), CommandResult.class)).toList();
    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.getAccepted()).isTrue();
      assertThat(answer.getStatus()).isEqualTo("DETECTED_BY_PRODEST");
      assertThat(answer.getVersion()).isEqualTo(1);
    });
    assertThat(answers.get(1).getEventIds()).isEmpty();
    assertThat(reportsOf(report.getIncidentId())).hasSize(1);
  }

  @Test
  void undecodable_bytes_become_a_dead_letter_and_processing_goes_on() {
    byte[] key = ("lixo-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    byte[] garbage = "isto não é Avro".getBytes(StandardCharsets.UTF_8);
    producer().send(new ProducerRecord<>(Topics.INCIDENT_COMMANDS.name(), key, garbage));
    ReportIncident after = report(UUID.randomUUID().toString(), ReportSource.SERVICE_DESK);
    send(after, correlation());

    ConsumerRecord<byte[], byte[]> dead = await().atMost(PATIENCE).until(
        () -> topic(Topics.INCIDENT_SERVICE_DEAD_LETTERS).matching(record -> Arrays.equals(record.key(), key)), found -> !found.isEmpty())
        .get(0);
    assertThat(dead.value()).isEqualTo(garbage);
    assertThat(header(dead, Topics.DeadLetterHeaders.REASON)).contains("C3 01");
    assertThat(header(dead, Topics.DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.INCIDENT_COMMANDS.name());
    assertThat(header(dead, Topics.DeadLetterHeaders.SOURCE_OFFSET)).isNotBlank();
    assertThat(awaitResults(after, 1)).hasSize(1);
  }

  @Test
  void an_unknown_incident_is_a_not_found_problem() throws Exception {
    String unknown = UUID.randomUUID().toString();

    HttpResponse<String> response = get("/internal/incidents/" + unknown);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString())
        .isEqualTo("Incidente " + unknown + " não encontrado.");
  }

  @Test
  void the_service_is_healthy_once_processing_and_caught_up() {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(get("/actuator/health").statusCode()).isEqualTo(200));
  }

  private static byte[] correlation() {
    return UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
  }

  private void send(ReportIncident report, byte[] correlation) {
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INCIDENT_COMMANDS.name(),
        report.getIncidentId().getBytes(StandardCharsets.UTF_8), CODEC.encode(report));
    if (correlation != null) {
      record.headers().add(KafkaHeaders.CORRELATION_ID, correlation);
    }
    producer().send(record);
    producer().flush();
  }

  private List<ConsumerRecord<byte[], byte[]>> awaitResults(ReportIncident command, int count) {
    return await().atMost(PATIENCE).until(() -> topic(Topics.INCIDENT_COMMAND_RESULTS).matching(record ->
            CODEC.decode(record.value(), CommandResult.class).getCommandId()
                .equals(command.getMetadata().getCommandId())),
        found -> found.size() >= count);
  }

  private List<IncidentReported> reportsOf(String incidentId) {
    return eventsOf(incidentId).stream().map(IncidentReported.class::cast).toList();
  }

  private JsonNode awaitIncident(String id) {
    return awaitJson("/internal/incidents/" + id, found -> true);
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  // Each test its own component: a second report of an open incident's component would join it.
  private static ReportIncident report(String incidentId, ReportSource source) {
    CommandMetadata metadata = new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
        Instant.parse("2025-03-10T13:00:00.250Z"), new Actor("maria.sesa", Role.NOTIFIER, "SESA", null), Origin.API, null);
    return new ReportIncident(metadata, incidentId, "SIGEFES-" + incidentId.substring(0, 8), "SESA",
        "Sistema fora do ar", source, "Maria", null, null, null, null, null, null);
  }
}
