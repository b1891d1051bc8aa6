package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCompleted;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted;
import br.gov.es.prodest.npi007.maintenance.CommittedRecords;
import br.gov.es.prodest.npi007.maintenance.SimulatedClock;
import br.gov.es.prodest.npi007.maintenance.WireCommands;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service (two Streams apps with one application id, each its own state
 * directory) share the partitions on a real broker and one simulated clock. Every timer event is
 * on the topic exactly once, also when one instance leaves in the middle of the windows and the
 * other takes its maintenances over.
 */
class TwoInstancesIntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final int MAINTENANCES = 6;

  private final SimulatedClock clock = new SimulatedClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  private final String applicationId = "npi007-maintenance-two-instances-" + UUID.randomUUID();
  private KafkaStreams first;
  private KafkaStreams second;

  @AfterEach
  void stop() {
    for (KafkaStreams instance : new KafkaStreams[] {first, second}) {
      if (instance != null) {
        instance.close(Duration.ofSeconds(10));
      }
    }
  }

  @Test
  void each_timer_fires_exactly_once_across_two_instances_and_a_departure_mid_window() throws Exception {
    declareTopics();
    first = start("first");
    second = start("second");
    await().atMost(PATIENCE).until(() -> ownsTasks(first) && ownsTasks(second));
    Instant start = clock.instant().plus(Duration.ofHours(2));
    List<String> ids = IntStream.range(0, MAINTENANCES).mapToObj(i -> UUID.randomUUID().toString()).toList();

    try (KafkaProducer<byte[], byte[]> producer = producer();
        CommittedRecords events = new CommittedRecords(SharedKafkaBroker.bootstrapServers(), Topics.MAINTENANCE_EVENTS.name());
        CommittedRecords results = new CommittedRecords(SharedKafkaBroker.bootstrapServers(),
            Topics.MAINTENANCE_COMMAND_RESULTS.name())) {
      ids.forEach(id -> send(producer, id, WireCommands.request(id, "Servidor de arquivos " + id, clock.instant(),
          start, start.plus(Duration.ofHours(1)), true)));
      awaitEach(events, ids, 1);

      clock.advance(Duration.ofHours(1));
      awaitEach(events, ids, 2);
      clock.advance(Duration.ofHours(1));
      awaitEach(events, ids, 3);

      first.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(Duration.ofSeconds(30)));
      clock.advance(Duration.ofHours(1));
      awaitEach(events, ids, 4);

      // A command is decided after any timer due before it: its result closes each maintenance's stream.
      List<String> probes = ids.stream().map(id -> {
        var cancel = WireCommands.cancel(id, clock.instant());
        send(producer, id, cancel);
        return cancel.getMetadata().getCommandId();
      }).toList();
      await().atMost(PATIENCE).until(() -> results.matching(record -> probes.contains(
          CODEC.decode(record.value(), CommandResult.class).getCommandId())).size() >= MAINTENANCES);
      for (String id : ids) {
        List<SpecificRecord> stream = events.of(id);
        assertThat(stream).as("os eventos da manutenção %s", id).hasExactlyElementsOfTypes(
            MaintenanceRequested.class, MaintenanceReminderDue.class, MaintenanceStarted.class,
            MaintenanceCompleted.class);
        assertThat(stream).extracting(event -> envelope(event).getSequence()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(stream).extracting(event -> envelope(event).getEventId()).doesNotHaveDuplicates();
      }
    }
  }

  private KafkaStreams start(String name) throws Exception {
    Path stateDir = Files.createTempDirectory("npi007-maintenance-" + name + "-");
    Properties settings = new Properties();
    settings.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
    settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    settings.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    settings.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
    settings.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 25);
    settings.put(StreamsConfig.POLL_MS_CONFIG, 25);
    settings.put("fetch.max.wait.ms", 50);
    settings.put("session.timeout.ms", 10_000);
    var processing = new MaintenanceProcessing(clock, Policy.DEFAULT, List::of, Duration.ofMillis(200));
    KafkaStreams instance = new KafkaStreams(MaintenanceCommandTopology.addTo(new StreamsBuilder(), processing).build(),
        settings);
    instance.start();
    return instance;
  }

  private static EventEnvelope envelope(SpecificRecord event) {
    return (EventEnvelope) event.get(event.getSchema().getField("envelope").pos());
  }

  private static boolean ownsTasks(KafkaStreams instance) {
    return instance.state() == KafkaStreams.State.RUNNING && instance.metadataForLocalThreads().stream()
        .map(ThreadMetadata::activeTasks).mapToInt(Set::size).sum() > 0;
  }

  private static void awaitEach(CommittedRecords events, List<String> ids, int count) {
    await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> events.of(id).size() >= count));
  }

  private static void declareTopics() throws InterruptedException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedKafkaBroker.bootstrapServers()))) {
      for (NewTopic topic : MaintenanceTopics.USED.stream().map(TopicSpec::newTopic).toList()) {
        try {
          admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(e.getCause());
          }
        }
      }
    }
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String id, SpecificRecord command) {
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.MAINTENANCE_COMMANDS.name(),
        id.getBytes(StandardCharsets.UTF_8), CODEC.encode(command));
    // as the gateway sends it: only a command with a correlation header is answered
    record.headers().add(org.springframework.kafka.support.KafkaHeaders.CORRELATION_ID,
        java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    producer.send(record);
    producer.flush();
  }
}
