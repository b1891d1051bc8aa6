package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.NotificationPlacement;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Issue 16, on the real broker: the notification aggregate's task started again with a backlog of
 * reports to render on every partition, and ASCOM's approval written while it renders them. The
 * approval is decided within tens of records of being written: taken ahead of the backlog
 * ({@link AheadOfRendering}), and fetched soon, as the service's consumer takes a few records a poll and
 * a few kB a fetch. Before, it waited for its partition's last rendering. A broker of its own (real,
 * in this JVM): the shared one's notification-service would render this test's reports again.
 */
class AheadOfRenderingOnBrokerTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static EmbeddedKafkaKraftBroker broker;
  private static String bootstrap;
  /** Reports waiting on each partition: enough to outlast the test's send. */
  private static final int BACKLOG_EACH = 300;

  @TempDir
  Path stateDir;

  @BeforeAll
  static void startBroker() {
    broker = SharedKafkaBroker.startOwn();
    bootstrap = broker.getBrokersAsString();
  }

  @AfterAll
  static void stopBroker() {
    broker.destroy();
  }

  @Test
  void anApprovalWrittenWhileABacklogIsRenderedIsDecidedWithinTensOfRecords() throws Exception {
    createTopics();
    String incident = incidentsOn(0, 1).get(0);
    IncidentReported first = NotificationTopologyTest.report(incident);
    String notificationId = Notification.idOf(first.getEnvelope().getEventId(),
        MessageTemplate.RECEIPT_ACKNOWLEDGEMENT, incident, NotificationPlacement.WITH_SUBJECT);
    TopicPartition notifications = new TopicPartition(Topics.NOTIFICATIONS.name(), 0);
    assertThat(Topics.NOTIFICATIONS.partitionOf(notificationId)).isZero();

    try (KafkaProducer<String, byte[]> producer = producer()) {
      // the 6.1 ASCOM will approve, opened (pending review) while the service runs
      long opened = endOf(notifications);
      producer.send(new ProducerRecord<>(Topics.INCIDENT_EVENTS.name(), incident, CODEC.encode(first))).get();
      KafkaStreams running = started();
      try {
        await().atMost(Duration.ofSeconds(60)).until(() -> written(notifications, opened, 1).size() == 1);
      } finally {
        stop(running);
      }

      // while it is stopped, a backlog on every partition; it starts again, and the approval comes while it renders
      long restarted = endOf(notifications);
      for (int partition = 0; partition < Topics.INCIDENT_EVENTS.partitions(); partition++) {
        for (String reported : incidentsOn(partition, BACKLOG_EACH)) {
          producer.send(new ProducerRecord<>(Topics.INCIDENT_EVENTS.name(), reported,
              CODEC.encode(NotificationTopologyTest.report(reported))));
        }
      }
      producer.flush();
      KafkaStreams again = started();
      RecordMetadata approval;
      long renderedBefore;
      try {
        await().atMost(Duration.ofSeconds(60)).until(() -> !written(notifications, restarted, 1).isEmpty());
        approval = producer.send(new ProducerRecord<>(Topics.NOTIFICATION_COMMANDS.name(), null, notificationId,
            CODEC.encode(NotificationTopologyTest.approve(notificationId)), new RecordHeaders()
            .add(KafkaHeaders.CORRELATION_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)))).get();
        renderedBefore = written(notifications, restarted, BACKLOG_EACH + 1).size();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
            .until(() -> written(notifications, restarted, BACKLOG_EACH + 1).size() == BACKLOG_EACH + 1);
      } finally {
        stop(again);
      }
      List<ConsumerRecord<String, byte[]>> written = written(notifications, restarted, BACKLOG_EACH + 1);
      List<Class<?>> kinds = written.stream().<Class<?>>map(record -> CODEC.decode(record.value()).getClass())
          .toList();
      int approvedAt = kinds.indexOf(MessageApproved.class);

      assertThat(kinds).filteredOn(MessageRendered.class::equals).hasSize(BACKLOG_EACH);
      // before, it came after the partition's last rendering: the whole backlog was fetched, and buffered, ahead of it
      assertThat(approvedAt - renderedBefore)
          .as("renderizações entre o envio da aprovação (%d já escritas) e a sua decisão (posição %d de %d)",
              renderedBefore, approvedAt, BACKLOG_EACH + 1)
          .isLessThanOrEqualTo(40);
      // decided ahead, and written at its own time, not a year before
      assertThat(written.get(approvedAt).timestamp()).isEqualTo(approval.timestamp());
    }
  }

  private static List<String> incidentsOn(int partition, int count) {
    return IntStream.iterate(0, i -> i + 1).mapToObj(i -> UUID.randomUUID().toString())
        .filter(id -> Topics.INCIDENT_EVENTS.partitionOf(id) == partition).limit(count).toList();
  }

  private static void createTopics() throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(Stream.of(Topics.INCIDENT_EVENTS, Topics.MAINTENANCE_EVENTS, Topics.NOTIFICATION_COMMANDS,
          Topics.DELIVERIES, Topics.NOTIFICATIONS, Topics.NOTIFICATION_COMMAND_RESULTS,
          Topics.NOTIFICATION_SERVICE_DEAD_LETTERS).map(TopicSpec::newTopic).toList()).all().get();
    }
  }

  /** The service's own Streams settings (application.yml), on this test's broker and state directory. */
  private KafkaStreams started() {
    Properties config = new Properties();
    serviceStreamsSettings().forEach(config::put);
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "npi007-notification-service");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // a static member, as the service is (StaticMembership): the second start takes the partitions back at once
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), "npi007-notification-ahead");
    KafkaStreams streams = new KafkaStreams(NotificationTopologyTest.topology(NotificationPlacement.WITH_SUBJECT),
        config);
    streams.start();
    return streams;
  }

  /** {@code spring.kafka.streams.properties.*} of the service's application.yml, those without a placeholder. */
  private static Map<String, String> serviceStreamsSettings() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    String prefix = "spring.kafka.streams.properties.";
    Map<String, String> settings = new HashMap<>();
    yaml.getObject().forEach((key, value) -> {
      if (key.toString().startsWith(prefix) && !value.toString().contains("${")) {
        settings.put(key.toString().substring(prefix.length()), value.toString());
      }
    });
    assertThat(settings).containsKeys(StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
        StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG),
        StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG),
        StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG));
    return settings;
  }

  private static void stop(KafkaStreams streams) {
    streams.close(Duration.ofSeconds(30));
  }

  /** Up to {@code count} committed records of the partition from {@code from}. */
  private static List<ConsumerRecord<String, byte[]>> written(TopicPartition partition, long from, int count) {
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seek(partition, from);
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
      while (consumer.position(partition) < end && records.size() < count) {
        consumer.poll(Duration.ofMillis(200)).records(partition).forEach(records::add);
      }
      return records.subList(0, Math.min(count, records.size()));
    }
  }

  private static long endOf(TopicPartition partition) {
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      return consumer.endOffsets(List.of(partition)).get(partition);
    }
  }

  private static KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
  }
}
