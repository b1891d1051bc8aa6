package br.gov.es.prodest.npi007.system;

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
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.services.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processing guarantees of the incident-service: two instances share the command partitions; one of
 * them is killed (kill -9) in the middle of a burst of commands and started again. Read back from
 * the topics, every command has exactly one result and every accepted report exactly one event.
 */
class IncidentServiceCrashTest {

  private static final int COMMANDS = 600;
  /** The Kafka Streams application id of the incident-service (its application.yml). */
  private static final String STREAMS_GROUP = "npi007-incident-service";
  private static final Actor MONITOR = Actor.newBuilder().setUserId("carga").setRole(Role.INTEGRATION).build();

  @Test
  void anInstanceKilledInTheMiddleOfABurstLosesAndDuplicatesNothing(@TempDir Path dataDir, @TempDir Path secondDataDir) {
    ServiceProcess second = null;
    try (RunningSystem system = RunningSystem.start(dataDir, Ports.free())) {
      second = startSecondInstance(system, secondDataDir);
      await().atMost(Duration.ofSeconds(120)).until(second::isHealthy);
      await().atMost(Duration.ofSeconds(120)).until(() -> membersWithPartitions(system) == 2);

      List<ReportIncident> burst = IntStream.range(0, COMMANDS).mapToObj(IncidentServiceCrashTest::report).toList();
      long startedAt = System.nanoTime();
      try (KafkaProducer<String, byte[]> producer = producer(system.bootstrapServers())) {
        for (int i = 0; i < burst.size(); i++) {
          ReportIncident command = burst.get(i);
          ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INCIDENT_COMMANDS.name(),
              command.getIncidentId(), AvroCodec.instance().encode(command));
          // as the gateway sends it: only a command with a correlation header is answered (issue 13)
          record.headers().add("kafka_correlationId", command.getMetadata().getCommandId().getBytes(
              java.nio.charset.StandardCharsets.UTF_8));
          producer.send(record);
          if (i == COMMANDS / 3) {
            second.kill();
          } else if (i == 2 * COMMANDS / 3) {
            second = startSecondInstance(system, secondDataDir);
          }
          pause(Duration.ofMillis(5));
        }
      }
      Set<String> commandIds = burst.stream().map(command -> command.getMetadata().getCommandId()).collect(Collectors.toSet());
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
          .until(() -> results(system).keySet().containsAll(commandIds));
      Duration recovered = Duration.ofNanos(System.nanoTime() - startedAt);
      ServiceProcess restarted = second;
      await().atMost(Duration.ofSeconds(120)).until(restarted::isHealthy);

      Map<String, List<CommandResult>> results = results(system);
      Map<String, List<IncidentReported>> events = reportedEvents(system);
      long duplicateResults = results.values().stream().filter(each -> each.size() > 1).count();
      long duplicateEvents = events.values().stream().filter(each -> each.size() > 1).count();
      long lostEvents = burst.stream().filter(command -> !events.containsKey(command.getIncidentId())).count();
      System.out.printf("crash test: %d commands, %d results, %d events, %d duplicate results, %d duplicate events,"
              + " %d lost, all answered %d s after the burst began%n", COMMANDS, results.values().stream().mapToInt(List::size).sum(),
          events.values().stream().mapToInt(List::size).sum(), duplicateResults, duplicateEvents, lostEvents,
          recovered.toSeconds());

      assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(commandIds);
      assertThat(results.values()).allSatisfy(each -> assertThat(each).singleElement()
          .satisfies(result -> assertThat(result.getAccepted()).isTrue()));
      assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(
          burst.stream().map(ReportIncident::getIncidentId).toList());
      assertThat(events.values()).allSatisfy(each -> assertThat(each).hasSize(1));
    } finally {
      if (second != null) {
        second.kill();
      }
    }
  }

  /** Members of the incident-service's Streams group that own some partitions: both instances share the work. */
  private static long membersWithPartitions(RunningSystem system) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", system.bootstrapServers()))) {
      return admin.describeConsumerGroups(List.of(STREAMS_GROUP)).all().get().get(STREAMS_GROUP).members().stream()
          .filter(member -> !member.assignment().topicPartitions().isEmpty())
          .count();
    }
  }

  private static ServiceProcess startSecondInstance(RunningSystem system, Path dataDir) {
    int port = Ports.freePort();
    return ServiceProcess.start("incident-service-2", incidentServiceJar(), port, Map.of(
        "NPI007_KAFKA_BOOTSTRAP_SERVERS", system.bootstrapServers(),
        "NPI007_DATA_DIR", dataDir.toString(),
        "NPI007_BIND_ADDRESS", "127.0.0.1",
        "NPI007_INCIDENT_SERVICE_PORT", Integer.toString(port)), List.of(), System.out);
  }

  private static Path incidentServiceJar() {
    try (Stream<Path> jars = Files.list(RunningSystem.SERVICES_DIR)) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith("incident-service-")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportIncident report(int index) {
    String incidentId = UUID.randomUUID().toString();
    String commandId = UUID.randomUUID().toString();
    return ReportIncident.newBuilder()
        .setMetadata(CommandMetadata.newBuilder().setCommandId(commandId).setCorrelationId(commandId)
            .setIssuedAt(Instant.now()).setActor(MONITOR).setOrigin(Origin.MONITORING).build())
        .setIncidentId(incidentId)
        .setComponent("Componente de carga " + index)
        .setOrgan("PRODEST")
        .setDescription("Teste de queda durante uma rajada de comandos")
        .setSource(ReportSource.MONITORING)
        .setReportedBy("teste de sistema")
        .build();
  }

  private static Map<String, List<CommandResult>> results(RunningSystem system) {
    return TopicRecords.readAll(system.bootstrapServers(), Topics.INCIDENT_COMMAND_RESULTS).stream()
        .map(record -> AvroCodec.instance().decode(record.value(), CommandResult.class))
        .collect(Collectors.groupingBy(CommandResult::getCommandId));
  }

  private static Map<String, List<IncidentReported>> reportedEvents(RunningSystem system) {
    return TopicRecords.readAll(system.bootstrapServers(), Topics.INCIDENT_EVENTS).stream()
        .map(record -> AvroCodec.instance().decode(record.value()))
        .filter(IncidentReported.class::isInstance).map(IncidentReported.class::cast)
        .collect(Collectors.groupingBy(event -> event.getEnvelope().getAggregateId()));
  }

  private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
