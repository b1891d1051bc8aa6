package br.gov.es.prodest.npi007.incident.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentSnapshot;
import br.gov.es.prodest.npi007.avro.incident.PostStatement;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.StatementKind;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident processor keeps each incident's folded state (fold once): an incident stored as its
 * event history by the previous version is answered as that version answered, then kept as a
 * snapshot; and an incident's stored value does not grow with its events.
 */
class IncidentStatesTopologyTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final String INCIDENT = "7d5a3c1e-0000-4000-8000-000000000001";

  @TempDir
  Path stateDir;

  @Test
  void anIncidentStoredAsItsHistoryIsAnsweredAsBeforeAndThenKeptAsASnapshot() {
    List<SpecificRecord> old = List.of(report("c-report"), triage("c-triage"), statement("c-statement", "Atuando"));
    List<SpecificRecord> next = List.of(statement("c-new", "Ainda atuando"), triage("c-triage"),
        statement("c-statement", "Outro texto"), statement("c-new", "Ainda atuando"), report("c-report"));
    List<IncidentEvent> history = new ArrayList<>();
    List<byte[]> expectedEvents = new ArrayList<>();
    List<byte[]> expectedResults = new ArrayList<>();
    old.forEach(command -> decideAsBefore(command, history));
    try (TopologyTestDriver driver = driver()) {
      states(driver).put(INCIDENT, EventHistory.append(null, encoded(history)));

      for (SpecificRecord command : next) {
        var before = decideAsBefore(command, history);
        expectedEvents.addAll(encoded(before.newEvents()));
        expectedResults.add(CODEC.encode(IncidentWire.INSTANCE.toResult(before)));
        pipeCommand(commands(driver), key(INCIDENT), CODEC.encode(command));
      }

      assertThat(output(driver, Topics.INCIDENT_COMMAND_RESULTS.name())).containsExactlyElementsOf(expectedResults);
      assertThat(output(driver, Topics.INCIDENT_EVENTS.name())).containsExactlyElementsOf(expectedEvents);
      assertThat(CODEC.decode(states(driver).get(INCIDENT), IncidentSnapshot.class).getVersion()).isEqualTo(4);
    }
    assertThat(expectedResults).extracting(result -> CODEC.decode(result, CommandResult.class).getAccepted())
        .containsExactly(true, true, false, true, true);
  }

  @Test
  void anIncidentsStoredValueDoesNotGrowWithItsEvents() {
    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<byte[], byte[]> commands = commands(driver);
      pipeCommand(commands, key(INCIDENT), CODEC.encode(report("c-report")));
      pipeCommand(commands, key(INCIDENT), CODEC.encode(triage("c-triage")));
      int afterTwenty = 0;
      for (int i = 1; i <= 200; i++) {
        pipeCommand(commands, key(INCIDENT), CODEC.encode(statement("c-statement-" + i, "Atualização " + i)));
        afterTwenty = i == 20 ? states(driver).get(INCIDENT).length : afterTwenty;
      }

      IncidentSnapshot last = CODEC.decode(states(driver).get(INCIDENT), IncidentSnapshot.class);
      assertThat(last.getVersion()).isEqualTo(202);
      // Only the version's own bytes may grow (a varint: 22 takes one byte, 202 two).
      assertThat(states(driver).get(INCIDENT).length).isLessThanOrEqualTo(afterTwenty + 1);
    }
  }

  // What the previous version did for each command: fold the whole history, decide, append.
  private static CommandOutcome<IncidentCommand, IncidentEvent, IncidentState> decideAsBefore(SpecificRecord command, List<IncidentEvent> history) {
    var outcome = Incident.AGGREGATE.handle(IncidentWire.INSTANCE.toCommand(command),
        Incident.fold(history));
    history.addAll(outcome.newEvents());
    return outcome;
  }

  private static List<byte[]> encoded(List<IncidentEvent> events) {
    return events.stream().map(IncidentWire.INSTANCE::toAvro).map(CODEC::encode).toList();
  }

  private TopologyTestDriver driver() {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "npi007-incident-service");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(IncidentCommandTopology.addTo(new StreamsBuilder()).build(), config);
  }

  private static KeyValueStore<String, byte[]> states(TopologyTestDriver driver) {
    return driver.getKeyValueStore(IncidentCommandTopology.INCIDENT_STATES);
  }

  private static TestInputTopic<byte[], byte[]> commands(TopologyTestDriver driver) {
    return driver.createInputTopic(Topics.INCIDENT_COMMANDS.name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static List<byte[]> output(TopologyTestDriver driver, String topic) {
    TestOutputTopic<byte[], byte[]> output = driver.createOutputTopic(topic, new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
    return output.readValuesToList();
  }

  private static byte[] key(String incidentId) {
    return incidentId.getBytes(StandardCharsets.UTF_8);
  }

  private static SpecificRecord report(String commandId) {
    return new ReportIncident(metadata(commandId), INCIDENT, "SIGEFES", "SESA", "Fora do ar",
        ReportSource.WHATSAPP_GROUP, "Maria", null, null, null, null, null, null);
  }

  private static SpecificRecord triage(String commandId) {
    return new TriageIncident(metadata(commandId), INCIDENT, Verdict.CONFIRMED_GENERAL, "acesso", null);
  }

  private static SpecificRecord statement(String commandId, String text) {
    return new PostStatement(metadata(commandId), INCIDENT, StatementKind.CONFIRMATION, text, null, null);
  }

  private static CommandMetadata metadata(String commandId) {
    return new CommandMetadata(commandId, "corr-" + commandId, Instant.parse("2025-03-10T13:00:00Z"),
        new Actor("joao", Role.TEAM, "PRODEST", null), Origin.API, null);
  }

  // as the gateway sends it: only a command with a correlation header is answered
  private static void pipeCommand(org.apache.kafka.streams.TestInputTopic<byte[], byte[]> commands, byte[] key,
      byte[] value) {
    commands.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(key, value,
        new org.apache.kafka.common.header.internals.RecordHeaders().add(
            org.springframework.kafka.support.KafkaHeaders.CORRELATION_ID, key)));
  }
}
