package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.NotificationWire;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.projection.StoreKey;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The delivery state of every notification, in a {@link ProjectionStore} fed by one replay of the
 * notifications and deliveries topics (all partitions), so that the delivery engine no longer reads
 * both topics from offset zero when it is given a partition (issue 10).
 *
 * <p>Per notification the store keeps the records of each topic as they came, folded when read by
 * the delivery code itself ({@link TrackedState}, {@code DeliveryState}); and an index, by partition,
 * of the notifications not {@linkplain br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState#finished()
 * finished}: the only ones the engine must hold to deliver. A finished notification leaves the index
 * in the same write as the record that finishes it. Idempotent by sequence: a record applied twice
 * (a crash between a poll and its batch) changes nothing. One writer (the replay); the engine reads.
 * Each instance reads every partition into its own store, so it can take over any partition.
 */
final class DeliveryStateStore implements AutoCloseable {

  static final String LAYOUT = "delivery-state/1";

  private static final String NOTIFICATION = "notification";
  private static final String DELIVERIES = "deliveries";
  private static final String OPEN = "open";

  private final ProjectionStore store;
  private final AvroCodec codec = AvroCodec.instance();

  DeliveryStateStore(ProjectionStore store) {
    this.store = store;
  }

  /** Opens the store in {@code directory} (the engine's own: not a bean other read models could be given). */
  static DeliveryStateStore open(Path directory, RocksDbBudget budget) {
    return new DeliveryStateStore(ProjectionStore.open(directory, LAYOUT, budget));
  }

  /** The replay that keeps it current: both topics in one, as a notification's state folds both. */
  TopicReplay replay(Map<String, Object> clientSettings) {
    return TopicReplay.into(store, "Estado de entrega", List.of(Topics.NOTIFICATIONS, Topics.DELIVERIES),
        clientSettings, this::apply);
  }

  /** A write of its own, for a sole writer outside the replay (tests). */
  ProjectionWrite newWriteForTests() {
    return store.newWrite();
  }

  /** Closes the store: after its replay has stopped. */
  @Override
  public void close() {
    store.close();
  }

  /** Applies one record of either topic within the replay's write; throws UndecodableRecordException for bad bytes. */
  void apply(ConsumerRecord<byte[], byte[]> record, ProjectionWrite write) {
    boolean notification = record.topic().equals(Topics.NOTIFICATIONS.name());
    String id;
    TrackedState before;
    TrackedState after;
    if (notification) {
      NotificationEvent event = NotificationWire.INSTANCE.toEvent(codec.decode(record.value()));
      id = event.envelope().aggregateId();
      before = fold(write.get(key(NOTIFICATION, id)), write.get(key(DELIVERIES, id)));
      after = before.after(event);
    } else {
      DeliveryEvent event = DeliveryWire.toEvent(codec.decode(record.value()));
      id = event.message().notificationId();
      before = fold(write.get(key(NOTIFICATION, id)), write.get(key(DELIVERIES, id)));
      after = before.after(event);
    }
    if (after == before) {
      return;
    }
    byte[] history = key(notification ? NOTIFICATION : DELIVERIES, id);
    write.put(history, EventHistory.append(write.get(history), List.of(record.value())));
    // a notification's deliveries are written on its own partition number (DeliveryWriter)
    byte[] open = open(record.partition(), id);
    if (after.state().finished()) {
      write.delete(open);
    } else {
      write.put(open, id.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The notifications of a partition that are not finished, each with its state: a walk of the partition's index. */
  Map<String, TrackedState> openOn(int partition) {
    Map<String, TrackedState> open = new HashMap<>();
    try (Stream<ProjectionStore.Entry> listed = store.scan(openPrefix(partition), null)) {
      listed.forEach(entry -> {
        String id = new String(entry.value(), StandardCharsets.UTF_8);
        TrackedState state = find(id);
        if (!state.state().finished()) {
          open.put(id, state);
        }
      });
    }
    return open;
  }

  /** A notification's state as stored (NONE when none is). */
  TrackedState find(String id) {
    return fold(store.get(key(NOTIFICATION, id)), store.get(key(DELIVERIES, id)));
  }

  /** True once the store has read each partition up to (at least) the offset given for it. */
  boolean reached(Map<TopicPartition, Long> offsets) {
    Map<TopicPartition, Long> positions = store.positions();
    return offsets.entrySet().stream().allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue());
  }

  private TrackedState fold(byte[] notifications, byte[] deliveries) {
    TrackedState state = TrackedState.NONE;
    for (byte[] value : EventHistory.read(notifications)) {
      state = state.after(NotificationWire.INSTANCE.toEvent(codec.decode(value)));
    }
    for (byte[] value : EventHistory.read(deliveries)) {
      state = state.after(DeliveryWire.toEvent(codec.decode(value)));
    }
    return state;
  }

  private static byte[] key(String space, String id) {
    return StoreKey.of(space).text(id).bytes();
  }

  private static byte[] openPrefix(int partition) {
    return StoreKey.of(OPEN).number(partition).bytes();
  }

  private static byte[] open(int partition, String id) {
    return StoreKey.of(OPEN).number(partition).text(id).bytes();
  }
}
