package br.gov.es.prodest.npi007.gateway.catalogue;

import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reference data kept on a catalogue topic written by this gateway (organs, components): the
 * catalogue shipped in the {@code schemas} jar overlaid, key by key, by the latest event of the
 * topic, which a replay applies from offset zero at every start and then follows. Last writer wins;
 * an event applied once is not applied again (replays and retried writes carry the same event id).
 * Small by nature (hundreds of entries), so it lives in the heap.
 *
 * @param <V> an entry of the catalogue
 */
public class TopicCatalogue<V> {

  /** An entry as it is now and its version: the sequence of its latest event, 0 as shipped. */
  private record Entry<V>(V value, long version) {
  }

  private final CatalogueNames names;
  private final TopicSpec topic;
  private final Function<SpecificRecord, Optional<CatalogueChange<V>>> changeOf;
  private final Map<String, Entry<V>> byKey = new HashMap<>();
  private final Set<String> shippedKeys;
  /** The sequence of every event applied, by event id. */
  private final Map<String, Long> appliedEvents = new HashMap<>();
  private long appliedOffset = -1;

  /**
   * @param shipped  the shipped catalogue (a JSON array of entries)
   * @param type     the entry's class, to read the shipped catalogue
   * @param keyOf    an entry's key
   * @param changeOf the change a record of the topic makes; empty for a record of another type
   */
  protected TopicCatalogue(CatalogueNames names, TopicSpec topic, Resource shipped, JsonMapper json, Class<V> type,
      Function<V, String> keyOf, Function<SpecificRecord, Optional<CatalogueChange<V>>> changeOf) {
    this.names = names;
    this.topic = topic;
    this.changeOf = changeOf;
    ShippedCatalogue.load(shipped, json, type, keyOf, names).forEach((key, value) -> byKey.put(key, new Entry<>(value, 0)));
    shippedKeys = Set.copyOf(byKey.keySet());
  }

  /**
   * The replay that rebuilds this catalogue from offset zero of its topic and keeps it current; it
   * is started and stopped with the application.
   *
   * @param clientSettings the Kafka client settings (bootstrap servers, security)
   */
  public TopicReplay replay(Map<String, Object> clientSettings) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay(names.title(), topic, clientSettings, record -> {
      if (record.value() == null) {
        remove(record.offset(), record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
      } else {
        apply(record.offset(), codec.decode(record.value()));
      }
    });
  }

  /** Every entry, ordered by key. */
  public synchronized List<V> all() {
    return byKey.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .map(entry -> entry.getValue().value()).toList();
  }

  /** The entries after the key {@code afterKey} (from the first when null), ordered by key, at most {@code limit}. */
  public synchronized Page<V> page(String afterKey, int limit) {
    Iterator<Map.Entry<String, Entry<V>>> after = byKey.entrySet().stream()
        .filter(entry -> afterKey == null || entry.getKey().compareTo(afterKey) > 0)
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .iterator();
    return Page.collect(after, entry -> Optional.of(entry.getValue().value()), limit, Map.Entry::getKey);
  }

  public synchronized Optional<V> find(String key) {
    return Optional.ofNullable(key).map(byKey::get).map(Entry::value);
  }

  public synchronized boolean contains(String key) {
    return key != null && byKey.containsKey(key);
  }

  CatalogueNames names() {
    return names;
  }

  TopicSpec topic() {
    return topic;
  }

  /** The entry's version the catalogue knows, or empty for a key it does not hold. */
  synchronized Optional<Long> version(String key) {
    return Optional.ofNullable(byKey.get(key)).map(Entry::version);
  }

  /** The sequence of the event with this id, if it was applied. */
  synchronized Optional<Long> appliedSequence(String eventId) {
    return Optional.ofNullable(appliedEvents.get(eventId));
  }

  /** True for the entries of the shipped catalogue. */
  boolean isShipped(String key) {
    return shippedKeys.contains(key);
  }

  /** Applies the record at this offset of the topic; a value of another type only moves the offset on. */
  synchronized void apply(long offset, SpecificRecord value) {
    changeOf.apply(value)
        .filter(change -> appliedEvents.putIfAbsent(change.eventId(), change.sequence()) == null)
        .ifPresent(change -> byKey.put(change.key(), new Entry<>(change.value(), change.sequence())));
    appliedOffset = Math.max(appliedOffset, offset);
    notifyAll();
  }

  /**
   * Applies a tombstone at this offset: the entry of this key is gone (a compacted topic then
   * forgets its earlier records too). A shipped entry comes back as shipped only at the next start,
   * so a catalogue whose entries may be removed ships none.
   */
  synchronized void remove(long offset, String key) {
    if (key != null) {
      byKey.remove(key);
    }
    appliedOffset = Math.max(appliedOffset, offset);
    notifyAll();
  }

  /** Waits until the record at this offset is applied; false when the wait ran out first. */
  synchronized boolean awaitApplied(long offset, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (appliedOffset < offset) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, Duration.ofNanos(left).toMillis()));
    }
    return true;
  }
}
