package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery state of one partition's unfinished notifications, taken from the
 * {@link DeliveryStateStore} instead of both topics from offset zero: what an assignment costs no
 * longer grows with the history, only with the notifications still being delivered.
 *
 * <p>A barrier first: the store must have read the partition of both topics up to their high
 * watermarks as of the assignment, which its read_committed replay passes only once every
 * transaction below them has ended (a crashed owner's open one is aborted by the transaction
 * timeout, shorter than the patience here). So every delivery event the previous owner, or this
 * engine before a failed commit, committed for the partition is in what is loaded, even one committed
 * after a transaction that was still open at the assignment (the last stable offset would stop
 * before it), and no attempt already started is made twice; a started attempt with no outcome is
 * loaded, and recovered as uncertain.
 */
class PartitionLoad {

  private static final Logger log = LoggerFactory.getLogger(PartitionLoad.class);
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Duration CHECK = Duration.ofMillis(10);

  private final DeliveryStateStore store;
  private final BooleanSupplier storeUpToDate;
  private final Function<List<TopicPartition>, Map<TopicPartition, Long>> highWatermarks;

  /**
   * @param storeUpToDate  whether the store's replay has read what was committed before it started
   *                       and keeps reading (the engine joins its group only then)
   * @param highWatermarks the partitions' ends, open transactions included ({@link HighWatermarks})
   */
  PartitionLoad(DeliveryStateStore store, BooleanSupplier storeUpToDate,
      Function<List<TopicPartition>, Map<TopicPartition, Long>> highWatermarks) {
    this.store = store;
    this.storeUpToDate = storeUpToDate;
    this.highWatermarks = highWatermarks;
  }

  /** The partition's unfinished notifications, and the notifications topic's end offset they include. */
  record Loaded(Map<String, TrackedState> states, long notificationsEnd) {
  }

  boolean storeReady() {
    return storeUpToDate.getAsBoolean();
  }

  /**
   * Waits for the store to reach the partition's high watermarks (taken now), then loads; throws when
   * the store does not get there in time, or when {@code keepWaiting} says stop. The consumer is the
   * engine's, which resumes at the notifications' end the load includes.
   */
  Loaded load(int partition, Consumer<byte[], byte[]> consumer, BooleanSupplier keepWaiting) {
    TopicPartition notifications = new TopicPartition(Topics.NOTIFICATIONS.name(), partition);
    TopicPartition deliveries = new TopicPartition(Topics.DELIVERIES.name(), partition);
    Map<TopicPartition, Long> ends = highWatermarks.apply(List.of(notifications, deliveries));
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!store.reached(ends)) {
      if (!keepWaiting.getAsBoolean() || System.nanoTime() > deadline) {
        throw new KafkaException("o estado de entrega da partição " + partition
            + " não alcançou o fim dos tópicos " + ends);
      }
      pause();
    }
    Map<String, TrackedState> states = store.openOn(partition);
    log.info("Entregas: partição {} carregada do modelo de leitura ({} notificações em aberto)", partition,
        states.size());
    return new Loaded(states, ends.get(notifications));
  }

  private static void pause() {
    try {
      Thread.sleep(CHECK.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("espera pelo estado de entrega interrompida", e);
    }
  }
}
