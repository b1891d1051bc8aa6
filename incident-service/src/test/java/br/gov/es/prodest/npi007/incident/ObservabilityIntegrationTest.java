package br.gov.es.prodest.npi007.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 on the running service: the domain's meters in the Prometheus text, a command's trace
 * carried on to its events, into the log and onto its timeline entry, no answer to a command nobody waits for, the probes.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTest extends RunningIncidentService {

  private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");

  @Test
  void a_decided_command_its_event_and_a_dead_letter_are_counted_in_the_prometheus_text() {
    String accepted = "npi007_commands_total{outcome=\"accepted\",reason=\"none\",type=\"ReportIncident\"}";
    String reported = "npi007_events_total{type=\"IncidentReported\"}";
    String deadLetters = "npi007_dead_letters_total{topic=\"" + Topics.INCIDENT_SERVICE_DEAD_LETTERS.name() + "\"}";
    String before = prometheus();
    ReportIncident report = report(UUID.randomUUID().toString());

    send(Topics.INCIDENT_COMMANDS, report.getIncidentId(), report);
    awaitResults(report.getMetadata().getCommandId(), 1);
    producer().send(new ProducerRecord<>(Topics.INCIDENT_COMMANDS.name(), "lixo".getBytes(StandardCharsets.UTF_8),
        "isto não é Avro".getBytes(StandardCharsets.UTF_8)));

    String after = await().atMost(PATIENCE).until(this::prometheus,
        text -> value(text, deadLetters) == value(before, deadLetters) + 1);
    assertThat(value(after, accepted)).isEqualTo(value(before, accepted) + 1);
    assertThat(value(after, reported)).isEqualTo(value(before, reported) + 1);
    assertThat(after).contains("jvm_memory_used_bytes", "kafka_stream_thread_", "kafka_consumer_",
        "kafka_producer_", "http_server_requests_seconds");
  }

  @Test
  void a_command_nobody_waits_for_is_not_answered_and_its_event_continues_its_trace(CapturedOutput output) {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e" + UUID.randomUUID().toString().substring(0, 4);
    String parentSpan = "00f067aa0ba902b7";
    ReportIncident unanswered = report(UUID.randomUUID().toString());
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INCIDENT_COMMANDS.name(),
        unanswered.getIncidentId().getBytes(StandardCharsets.UTF_8), CODEC.encode(unanswered));
    record.headers().add("traceparent", ("00-" + traceId + "-" + parentSpan + "-01").getBytes(StandardCharsets.UTF_8));
    producer().send(record);
    // a later command of the same incident, answered: its result follows the first's on the same partition
    ReportIncident answered = new ReportIncident(metadata(), unanswered.getIncidentId(), unanswered.getComponent(),
        "SESA", "Sistema fora do ar", ReportSource.WHATSAPP_GROUP, "Maria", null, null, null, null, null, null);
    send(Topics.INCIDENT_COMMANDS, answered.getIncidentId(), answered);

    awaitResults(answered.getMetadata().getCommandId(), 1);
    List<ConsumerRecord<byte[], byte[]>> results = topic(Topics.INCIDENT_COMMAND_RESULTS).matching(result ->
        CODEC.decode(result.value(), CommandResult.class).getCommandId()
            .equals(unanswered.getMetadata().getCommandId()));
    assertThat(results).isEmpty();
    ConsumerRecord<byte[], byte[]> event = topic(Topics.INCIDENT_EVENTS).matching(published ->
        Arrays.equals(published.key(), record.key())).get(0);
    Matcher child = TRACEPARENT.matcher(new String(event.headers().lastHeader("traceparent").value(),
        StandardCharsets.UTF_8));
    assertThat(child.matches()).isTrue();
    assertThat(child.group(1)).isEqualTo(traceId);
    assertThat(child.group(2)).isNotEqualTo(parentSpan);
    assertThat(event.headers().lastHeader(KafkaHeaders.CORRELATION_ID)).isNull();
    assertThat(output.getAll()).contains(traceId);
    JsonNode timeline = awaitJson("/internal/incidents/" + unanswered.getIncidentId() + "/timeline?kind=event",
        found -> !found.isEmpty());
    assertThat(timeline.get(0).get("type").asString()).isEqualTo("IncidentReported");
    assertThat(timeline.get(0).get("traceId").asString()).isEqualTo(traceId);
  }

  @Test
  void the_compliance_gauge_counts_the_incidents_past_a_deadline_as_the_api_lists_them_not_those_pending() {
    String gauge = "npi007_compliance_missing";
    // reported on 2025-03-10: its 6.1 is long overdue; reported now: its 6.1 has 15 minutes left
    ReportIncident overdue = report(UUID.randomUUID().toString());
    String pendingId = UUID.randomUUID().toString();
    ReportIncident pending = new ReportIncident(new CommandMetadata(UUID.randomUUID().toString(),
        UUID.randomUUID().toString(), Instant.now(), new Actor("maria.sesa", Role.NOTIFIER, "SESA", null), Origin.API,
        null), pendingId, "SIGEFES-" + pendingId.substring(0, 8), "SESA", "Sistema fora do ar",
        ReportSource.WHATSAPP_GROUP, "Maria", null, null, null, null, null, null);
    send(Topics.INCIDENT_COMMANDS, overdue.getIncidentId(), overdue);
    send(Topics.INCIDENT_COMMANDS, pending.getIncidentId(), pending);
    awaitResults(pending.getMetadata().getCommandId(), 1);

    JsonNode fresh = awaitJson("/internal/incidents/" + pending.getIncidentId() + "/compliance", found -> true);
    assertThat(fresh.get("missing")).isEmpty();
    assertThat(fresh.get("pending").get(0).get("messageId").asString()).isEqualTo("6.1");
    JsonNode missing = awaitJson("/internal/compliance?limit=500&missing=true",
        found -> ids(found).contains(overdue.getIncidentId()));
    assertThat(ids(missing)).doesNotContain(pending.getIncidentId());
    // counted again off the scrape, at most every count-refresh (1 s here): the gauge catches up with the list
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(this::prometheus,
        text -> value(text, gauge) == awaitJson("/internal/compliance?limit=500&missing=true", found -> true).size());
  }

  @Test
  void liveness_and_readiness_are_probes_of_their_own() {
    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
      assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    });
    assertThat(get("/actuator/health/readiness").body()).contains("UP");
  }

  private static List<String> ids(JsonNode reports) {
    List<String> ids = new ArrayList<>();
    reports.forEach(report -> ids.add(report.get("incidentId").asString()));
    return ids;
  }

  private String prometheus() {
    var response = get("/actuator/prometheus");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The sample's value in the Prometheus text; 0 when there is none yet. */
  private static double value(String text, String sample) {
    return text.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(sample.length() + 1).trim())).orElse(0.0);
  }

  private static CommandMetadata metadata() {
    return new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
        Instant.parse("2025-03-10T13:00:00.250Z"), new Actor("maria.sesa", Role.NOTIFIER, "SESA", null), Origin.API, null);
  }

  // Each test its own component: a second report of an open incident's component would join it.
  private static ReportIncident report(String incidentId) {
    return new ReportIncident(metadata(), incidentId, "SIGEFES-" + incidentId.substring(0, 8), "SESA",
        "Sistema fora do ar", ReportSource.WHATSAPP_GROUP, "Maria", null, null, null, null, null, null);
  }
}
