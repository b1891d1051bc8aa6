package br.gov.es.prodest.npi007.processing;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Where an aggregate processor keeps its aggregates, in two changelogged stores of its task, so that
 * a command reads and writes a bounded amount however long its aggregate's history is (fold once):
 * <ul>
 *   <li>the states store: aggregate id → its folded state, an Avro single-object record of
 *   {@code StoreRecords} (a snapshot). A value written before snapshots existed is the aggregate's
 *   event history ({@link EventHistory}); it is folded once, when next read, and replaced by a
 *   snapshot on the next write;</li>
 *   <li>the applied store: aggregate id and command id → the events that command caused, read only
 *   when the same command id comes again (a retry must get the same answer).</li>
 * </ul>
 * The event topics stay the record; these stores are the processor's memory of them.
 */
public final class AggregateStore {

  private static final char SEPARATOR = '\u0000';
  private static final byte MARKER_0 = (byte) 0xC3;
  private static final byte MARKER_1 = (byte) 0x01;

  private final KeyValueStore<String, byte[]> states;
  private final KeyValueStore<String, byte[]> applied;

  /** The two stores, as the task's processor sees them (both must be connected to it). */
  public AggregateStore(ProcessingContext context, String statesStore) {
    this.states = context.getStateStore(statesStore);
    this.applied = context.getStateStore(appliedStore(statesStore));
  }

  /** The builders of both stores, to add to the topology and connect to the processor. */
  public static List<StoreBuilder<KeyValueStore<String, byte[]>>> builders(String statesStore) {
    return List.of(builder(statesStore), builder(appliedStore(statesStore)));
  }

  /** The names to connect to the processor. */
  public static String[] storeNames(String statesStore) {
    return new String[] {statesStore, appliedStore(statesStore)};
  }

  static String appliedStore(String statesStore) {
    return statesStore + "-applied";
  }

  /** What the store holds for an aggregate: nothing, a snapshot, or (written before snapshots) its history. */
  public Stored load(String aggregateId) {
    return Stored.of(states.get(aggregateId));
  }

  /** Every aggregate of the task as stored, each read once (a task's start: timers derived anew, say). */
  public void forEachStored(BiConsumer<String, Stored> action) {
    try (KeyValueIterator<String, byte[]> all = states.all()) {
      all.forEachRemaining(entry -> action.accept(entry.key, Stored.of(entry.value)));
    }
  }

  /** The events a command caused in this aggregate, in order; empty if it was never applied here. */
  public List<byte[]> caused(String aggregateId, String commandId) {
    return EventHistory.read(applied.get(appliedKey(aggregateId, commandId)));
  }

  /**
   * Records the aggregate's new state and the events each newly applied command caused (all of a
   * history's commands, when a history is replaced by its first snapshot). A command already
   * recorded keeps its first events: a retry is answered as the command was.
   */
  public void save(String aggregateId, byte[] snapshot, Map<String, List<byte[]>> causedByCommand) {
    if (!isSnapshot(snapshot)) {
      throw new IllegalArgumentException("a snapshot is an Avro single-object record (marker C3 01)");
    }
    causedByCommand.forEach((commandId, events) -> {
      String key = appliedKey(aggregateId, commandId);
      if (applied.get(key) == null) {
        applied.put(key, EventHistory.append(null, events));
      }
    });
    states.put(aggregateId, snapshot);
  }

  private static String appliedKey(String aggregateId, String commandId) {
    return aggregateId + SEPARATOR + commandId;
  }

  private static boolean isSnapshot(byte[] stored) {
    return stored != null && stored.length >= 2 && stored[0] == MARKER_0 && stored[1] == MARKER_1;
  }

  private static StoreBuilder<KeyValueStore<String, byte[]>> builder(String name) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.ByteArray());
  }

  /**
   * An aggregate as stored. A history's first event cannot start with the snapshot's marker: it
   * starts with a 4-byte length whose first byte is 0 below 16 MiB.
   *
   * @param snapshot the folded state, or null
   * @param history  the events of a value written before snapshots, oldest first (empty otherwise)
   */
  public record Stored(byte[] snapshot, List<byte[]> history) {

    static Stored of(byte[] value) {
      if (value == null) {
        return new Stored(null, List.of());
      }
      return isSnapshot(value) ? new Stored(value, List.of()) : new Stored(null, EventHistory.read(value));
    }

    /** True when the aggregate does not exist yet. */
    public boolean isEmpty() {
      return snapshot == null && history.isEmpty();
    }
  }
}
