package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The barrier: an assigned partition is loaded only once the store has read it up to its ends as of the assignment. */
class PartitionLoadTest {

  @TempDir
  Path directory;

  @BeforeAll
  static void topics() throws Exception {
    EngineOnBroker.createTopics();
  }

  @Test
  void aLoadWaitsForTheStoreToReachThePartitionsEnd() throws Exception {
    DeliveryRecords approved = DeliveryRecords.approvedEmail("ti@saude.es.gov.br");
    int partition;
    try (var producer = EngineOnBroker.producer()) {
      partition = EngineOnBroker.publish(producer, approved);
    }
    try (DeliveryStateStore store = DeliveryStateStore.open(directory, RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB));
        KafkaConsumer<byte[], byte[]> consumer = EngineOnBroker.reader()) {
      TopicReplay replay = store.replay(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EngineOnBroker.BOOTSTRAP));
      PartitionLoad load = new PartitionLoad(store, replay::upToDate, EngineOnBroker.HIGH_WATERMARKS);

      // the store has read nothing yet: the load does not happen (told to stop waiting at once)
      assertThatThrownBy(() -> load.load(partition, consumer, () -> false)).isInstanceOf(KafkaException.class);

      replay.start();
      try {
        PartitionLoad.Loaded loaded = load.load(partition, consumer, () -> true);
        assertThat(loaded.states()).containsKey(approved.notificationId());
        assertThat(loaded.states().get(approved.notificationId()).state().approved()).isTrue();
        assertThat(loaded.notificationsEnd()).isPositive();
      } finally {
        replay.stop();
      }
    }
  }

  /**
   * A crashed owner's transaction still open on the partition hides, from a read_committed reader,
   * everything committed after it (the last stable offset stops there); the load must not pass
   * before it ends, or it would miss what the next owner committed meanwhile and start it again.
   */
  @Test
  void aLoadWaitsForATransactionStillOpenOnThePartitionToEnd() throws Exception {
    DeliveryRecords approved = DeliveryRecords.approvedEmail("ti@saude.es.gov.br");
    int partition = Topics.NOTIFICATIONS.partitionOf(approved.notificationId());
    try (KafkaProducer<String, byte[]> crashed = transactional(); var producer = EngineOnBroker.producer();
        DeliveryStateStore store = DeliveryStateStore.open(directory, RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB));
        KafkaConsumer<byte[], byte[]> consumer = EngineOnBroker.reader()) {
      crashed.initTransactions();
      crashed.beginTransaction();
      crashed.send(new ProducerRecord<>(Topics.NOTIFICATIONS.name(), partition, "em-aberto",
          "transação de um dono que caiu".getBytes(StandardCharsets.UTF_8))).get();
      assertThat(EngineOnBroker.publish(producer, approved)).isEqualTo(partition);
      producer.flush();

      TopicReplay replay = store.replay(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EngineOnBroker.BOOTSTRAP));
      PartitionLoad load = new PartitionLoad(store, replay::upToDate, EngineOnBroker.HIGH_WATERMARKS);
      replay.start();
      try {
        await().atMost(Duration.ofSeconds(30)).until(replay::upToDate);
        // the store is up to date as far as read_committed goes, yet the approval is behind the open transaction
        assertThatThrownBy(() -> load.load(partition, consumer, () -> false)).isInstanceOf(KafkaException.class);

        crashed.abortTransaction();
        PartitionLoad.Loaded loaded = load.load(partition, consumer, () -> true);
        assertThat(loaded.states()).containsKey(approved.notificationId());
      } finally {
        replay.stop();
      }
    }
  }

  private static KafkaProducer<String, byte[]> transactional() {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EngineOnBroker.BOOTSTRAP,
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dono-que-caiu-" + UUID.randomUUID()),
        new StringSerializer(), new ByteArraySerializer());
  }
}
