package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.delivery.domain.TargetProgress.Stage;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery-state store on a real RocksDB: the open index per partition, idempotence, a reopen with no replay. */
class DeliveryStateStoreTest {

  @TempDir
  Path directory;

  @Test
  void onlyUnfinishedNotificationsAreIndexed_perPartition_andSurviveAReopen() {
    DeliveryRecords finished = DeliveryRecords.approvedEmail("ti@saude.es.gov.br");
    DeliveryRecords started = DeliveryRecords.approvedEmail("ti@sefaz.es.gov.br");
    DeliveryRecords pending = DeliveryRecords.approvedEmail("ti@detran.es.gov.br");
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    records.addAll(notification(0, finished));
    records.addAll(List.of(delivery(0, finished.started()), delivery(0, finished.succeeded()),
        delivery(0, finished.delivered())));
    records.addAll(notification(0, started));
    records.add(delivery(0, started.started()));
    records.addAll(notification(1, pending));

    try (DeliveryStateStore store = open()) {
      apply(store, records);
      assertThat(store.openOn(0)).containsOnlyKeys(started.notificationId());
      assertThat(store.openOn(1)).containsOnlyKeys(pending.notificationId());
      assertThat(store.find(finished.notificationId()).state().finished()).isTrue();
    }

    try (DeliveryStateStore reopened = open()) {
      TrackedState loaded = reopened.openOn(0).get(started.notificationId());
      assertThat(loaded.version()).isEqualTo(2);
      assertThat(loaded.state().approved()).isTrue();
      assertThat(loaded.state().ledger().progressOf(started.target()).stage()).isEqualTo(Stage.STARTED);
      assertThat(reopened.openOn(1)).containsOnlyKeys(pending.notificationId());
    }
  }

  @Test
  void reApplyingTheSameRecordsChangesNothing() {
    DeliveryRecords finished = DeliveryRecords.approvedEmail("ti@saude.es.gov.br");
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(notification(2, finished));
    records.addAll(List.of(delivery(2, finished.started()), delivery(2, finished.succeeded()),
        delivery(2, finished.delivered())));
    try (DeliveryStateStore store = open()) {
      apply(store, records);
      TrackedState once = store.find(finished.notificationId());
      apply(store, records);
      apply(store, notification(2, finished));

      assertThat(store.find(finished.notificationId())).isEqualTo(once);
      assertThat(store.openOn(2)).isEmpty();
    }
  }

  private DeliveryStateStore open() {
    return DeliveryStateStore.open(directory, RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB));
  }

  /** One poll's records in one write, as the replay applies them. */
  private static void apply(DeliveryStateStore store, List<ConsumerRecord<byte[], byte[]>> records) {
    try (ProjectionWrite write = store.newWriteForTests()) {
      records.forEach(record -> store.apply(record, write));
      write.commit();
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> notification(int partition, DeliveryRecords records) {
    return List.of(record(Topics.NOTIFICATIONS.name(), partition, records.rendered()),
        record(Topics.NOTIFICATIONS.name(), partition, records.approved()));
  }

  private static ConsumerRecord<byte[], byte[]> delivery(int partition, byte[] value) {
    return record(Topics.DELIVERIES.name(), partition, value);
  }

  private static ConsumerRecord<byte[], byte[]> record(String topic, int partition, byte[] value) {
    return new ConsumerRecord<>(topic, partition, 0, null, value);
  }
}
