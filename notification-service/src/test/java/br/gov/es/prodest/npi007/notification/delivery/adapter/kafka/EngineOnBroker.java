package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.delivery.mail.EmlFileAdapter;
import br.gov.es.prodest.npi007.notification.delivery.domain.RetryPolicy;
import br.gov.es.prodest.npi007.notification.delivery.domain.Routes;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A delivery engine on the real broker, as the service wires it: its delivery-state store in a
 * directory (reopened by a restart), the store's replay, and the real .eml adapter.
 */
final class EngineOnBroker implements AutoCloseable {

  static final String BOOTSTRAP = SharedKafkaBroker.bootstrapServers();
  /** The barrier's ends on the shared broker, for every engine of the tests (closed with the JVM). */
  static final HighWatermarks HIGH_WATERMARKS = new HighWatermarks(Map.of("bootstrap.servers", BOOTSTRAP));

  final DeliveryStateStore store;
  final TopicReplay replay;
  final DeliveryEngine engine;

  EngineOnBroker(Path storeDirectory, Path mail, String group,
      BiFunction<DeliveryStateStore, BooleanSupplier, PartitionLoad> loads) {
    store = DeliveryStateStore.open(storeDirectory, RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB));
    replay = store.replay(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP));
    Map<String, Object> consumer = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
        ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName(),
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    Map<String, Object> producer = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, group + "-" + UUID.randomUUID(),
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    ProviderCalls calls = new ProviderCalls(List.of(new EmlFileAdapter(mail, "comunicacao@prodest.es.gov.br")), 2);
    engine = new DeliveryEngine(() -> new KafkaConsumer<>(consumer),
        () -> new DeliveryWriter(new KafkaProducer<>(producer)), loads.apply(store, replay::upToDate), calls,
        new Routes(null, null, DeliverySettings.EML_FILE), new RetryPolicy(3, Duration.ofMillis(200),
        Duration.ofMillis(500)), Clock.systemUTC(), Duration.ofSeconds(2), Duration.ofMillis(500));
  }

  /** Starts the replay, then the engine (Spring's phases: the store's replay first). */
  EngineOnBroker start() {
    replay.start();
    engine.start();
    return this;
  }

  @Override
  public void close() {
    engine.stop();
    replay.stop();
    store.close();
  }

  static void createTopics() throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
      var existing = admin.listTopics().names().get();
      List<TopicSpec> needed = List.of(Topics.NOTIFICATIONS, Topics.DELIVERIES, Topics.DELIVERY_DEAD_LETTERS,
          Topics.NOTIFICATION_SERVICE_DEAD_LETTERS);
      admin.createTopics(needed.stream().filter(topic -> !existing.contains(topic.name()))
          .map(TopicSpec::newTopic).toList()).all().get();
    }
  }

  /** Writes the rendering and approval; with {@code deliveries}, these delivery records on the same partition. */
  static int publish(KafkaProducer<String, byte[]> producer, DeliveryRecords notification, byte[]... deliveries)
      throws Exception {
    String key = notification.notificationId();
    int partition = producer.send(new ProducerRecord<>(Topics.NOTIFICATIONS.name(), key, notification.rendered()))
        .get().partition();
    producer.send(new ProducerRecord<>(Topics.NOTIFICATIONS.name(), partition, key, notification.approved()));
    for (byte[] delivery : deliveries) {
      producer.send(new ProducerRecord<>(Topics.DELIVERIES.name(), partition, key, delivery));
    }
    return partition;
  }

  static KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP), new StringSerializer(),
        new ByteArraySerializer());
  }

  static KafkaConsumer<byte[], byte[]> reader() {
    return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  /** The committed delivery records of one notification, read from its partition's start to its end now. */
  static List<byte[]> deliveriesOf(String notificationId, int partition) {
    TopicPartition deliveries = new TopicPartition(Topics.DELIVERIES.name(), partition);
    List<byte[]> found = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> reader = reader()) {
      reader.assign(List.of(deliveries));
      reader.seekToBeginning(List.of(deliveries));
      long end = reader.endOffsets(List.of(deliveries)).get(deliveries);
      while (reader.position(deliveries) < end) {
        for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(100))) {
          if (record.key() != null && new String(record.key(), StandardCharsets.UTF_8).equals(notificationId)) {
            found.add(record.value());
          }
        }
      }
    }
    return found;
  }
}
