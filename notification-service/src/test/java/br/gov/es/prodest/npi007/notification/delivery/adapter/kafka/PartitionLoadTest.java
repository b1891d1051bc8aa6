package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
      PartitionLoad load = new PartitionLoad(store, replay::upToDate);

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
}
