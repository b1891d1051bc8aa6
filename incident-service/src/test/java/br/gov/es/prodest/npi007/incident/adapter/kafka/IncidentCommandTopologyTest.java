package br.gov.es.prodest.npi007.incident.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many hops a command takes in the incident topology (issue 10). The test driver runs one task,
 * of partition 0; a report whose incident lives there with its component, and every command on an
 * existing incident, must be decided without writing to a repartition topic.
 */
class IncidentCommandTopologyTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final Topology TOPOLOGY = IncidentCommandTopology.addTo(new StreamsBuilder()).build();

  @TempDir
  Path stateDir;

  @Test
  void everyTopicIsReadByOneSubTopologySoTaskNOwnsPartitionNOfEach() {
    assertThat(TOPOLOGY.describe().subtopologies()).hasSize(1);
  }

  @Test
  void aPlacedReportAndTheCommandsOnItsIncidentAreDecidedInOneHop() {
    String component = componentOnPartition(0);
    String incident = IncidentPlacement.incidentId("relato-1", component);
    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<byte[], byte[]> commands = commands(driver);
      pipeCommand(commands, key(incident), CODEC.encode(report(incident, component)));
      pipeCommand(commands, key(incident),
          CODEC.encode(new TriageIncident(metadata(), incident, Verdict.CONFIRMED_GENERAL, "acesso", null)));

      assertThat(results(driver)).extracting(CommandResult::getAccepted).containsExactly(true, true);
      assertThat(driver.producedTopicNames()).noneMatch(topic -> topic.endsWith("-repartition"));
    }
  }

  @Test
  void aReportWhoseIncidentLivesElsewhereTakesTheRepartitionTopicsAsBefore() {
    String component = componentOnPartition(3);
    String incident = UUID.randomUUID().toString();
    try (TopologyTestDriver driver = driver()) {
      pipeCommand(commands(driver), key(incident), CODEC.encode(report(incident, component)));

      assertThat(results(driver)).extracting(CommandResult::getAccepted).containsExactly(true);
      assertThat(driver.producedTopicNames()).anyMatch(topic -> topic.endsWith("incident-reports-by-component-repartition"));
    }
  }

  private TopologyTestDriver driver() {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "npi007-incident-service");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(TOPOLOGY, config);
  }

  private static TestInputTopic<byte[], byte[]> commands(TopologyTestDriver driver) {
    return driver.createInputTopic(Topics.INCIDENT_COMMANDS.name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static java.util.List<CommandResult> results(TopologyTestDriver driver) {
    TestOutputTopic<byte[], byte[]> results = driver.createOutputTopic(Topics.INCIDENT_COMMAND_RESULTS.name(),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    return results.readValuesToList().stream().map(value -> CODEC.decode(value, CommandResult.class)).toList();
  }

  private static String componentOnPartition(int partition) {
    return IntStream.range(0, 1000).mapToObj(i -> "Sistema " + i)
        .filter(component -> IncidentPlacement.partitionOfComponent(component) == partition)
        .findFirst().orElseThrow();
  }

  private static byte[] key(String incidentId) {
    return incidentId.getBytes(StandardCharsets.UTF_8);
  }

  private static SpecificRecord report(String incidentId, String component) {
    return new ReportIncident(metadata(), incidentId, component, "SESA", "Fora do ar", ReportSource.WHATSAPP_GROUP,
        "Maria", null, null, null, null, null, null);
  }

  private static CommandMetadata metadata() {
    return new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
        Instant.parse("2025-03-10T13:00:00Z"), new Actor("joao", Role.TEAM, "PRODEST", null), Origin.API, null);
  }

  // as the gateway sends it: only a command with a correlation header is answered
  private static void pipeCommand(org.apache.kafka.streams.TestInputTopic<byte[], byte[]> commands, byte[] key,
      byte[] value) {
    commands.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(key, value,
        new org.apache.kafka.common.header.internals.RecordHeaders().add(
            org.springframework.kafka.support.KafkaHeaders.CORRELATION_ID, key)));
  }
}
