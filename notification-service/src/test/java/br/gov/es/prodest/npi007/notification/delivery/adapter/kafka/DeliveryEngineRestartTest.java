package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.avro.notification.DeliveryStarted;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart on a history of finished notifications (issue 10): the new engine, on the same store
 * directory, loads only the unfinished ones; a started attempt with no outcome before the restart
 * is given up as uncertain, never retried; a new approval is delivered once.
 */
class DeliveryEngineRestartTest {

  private static final int FINISHED = 200;
  private static final AvroCodec CODEC = AvroCodec.instance();

  @TempDir
  Path store;

  @TempDir
  Path mail;

  @BeforeAll
  static void topics() throws Exception {
    EngineOnBroker.createTopics();
  }

  @Test
  void aRestartLoadsOnlyTheUnfinished_recoversTheUncertain_andDeliversANewApprovalOnce() throws Exception {
    String group = "delivery-restart-" + UUID.randomUUID();
    Set<String> finished = new java.util.HashSet<>();
    try (var producer = EngineOnBroker.producer()) {
      for (int i = 0; i < FINISHED; i++) {
        DeliveryRecords done = DeliveryRecords.approvedEmail("ti@orgao" + i + ".es.gov.br");
        EngineOnBroker.publish(producer, done, done.started(), done.succeeded(), done.delivered());
        finished.add(done.notificationId());
      }
    }
    Recorded first = new Recorded();
    try (EngineOnBroker before = new EngineOnBroker(store, mail, group, first::load).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> first.partitions.size() == Topics.NOTIFICATIONS.partitions()
          && before.engine.healthy());
    }
    assertThat(first.ids).doesNotContainAnyElementsOf(finished);

    DeliveryRecords crashed = DeliveryRecords.approvedEmail("ti@saude.es.gov.br");
    DeliveryRecords approved = DeliveryRecords.approvedEmail("ti@sefaz.es.gov.br");
    int crashedPartition;
    int approvedPartition;
    try (var producer = EngineOnBroker.producer()) {
      crashedPartition = EngineOnBroker.publish(producer, crashed, crashed.started());
      approvedPartition = EngineOnBroker.publish(producer, approved);
    }

    Recorded second = new Recorded();
    try (EngineOnBroker after = new EngineOnBroker(store, mail, group, second::load).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() ->
          records(crashed, crashedPartition).stream().anyMatch(DeliveryDeadLettered.class::isInstance)
              && records(approved, approvedPartition).stream().anyMatch(MessageDelivered.class::isInstance));
    }

    assertThat(second.ids).doesNotContainAnyElementsOf(finished).contains(crashed.notificationId());
    List<SpecificRecord> crashedDeliveries = records(crashed, crashedPartition);
    assertThat(crashedDeliveries).filteredOn(DeliveryStarted.class::isInstance).hasSize(1);
    assertThat(crashedDeliveries).filteredOn(DeliveryDeadLettered.class::isInstance).singleElement()
        .satisfies(dead -> assertThat(((DeliveryDeadLettered) dead).getUncertain()).isTrue());
    List<SpecificRecord> approvedDeliveries = records(approved, approvedPartition);
    assertThat(approvedDeliveries).filteredOn(DeliveryStarted.class::isInstance).hasSize(1);
    assertThat(approvedDeliveries).filteredOn(MessageDelivered.class::isInstance).hasSize(1);
  }

  private static List<SpecificRecord> records(DeliveryRecords notification, int partition) {
    List<SpecificRecord> decoded = new ArrayList<>();
    EngineOnBroker.deliveriesOf(notification.notificationId(), partition).forEach(value -> decoded.add(CODEC.decode(value)));
    return decoded;
  }

  /** The loads an engine makes: which partitions, and which notifications they held. */
  private static final class Recorded {
    final Set<Integer> partitions = ConcurrentHashMap.newKeySet();
    final Set<String> ids = ConcurrentHashMap.newKeySet();

    PartitionLoad load(DeliveryStateStore store, BooleanSupplier ready) {
      return new PartitionLoad(store, ready, EngineOnBroker.HIGH_WATERMARKS) {
        @Override
        Loaded load(int partition, Consumer<byte[], byte[]> consumer, BooleanSupplier keepWaiting) {
          Loaded loaded = super.load(partition, consumer, keepWaiting);
          ids.addAll(loaded.states().keySet());
          partitions.add(partition);
          return loaded;
        }
      };
    }
  }
}
