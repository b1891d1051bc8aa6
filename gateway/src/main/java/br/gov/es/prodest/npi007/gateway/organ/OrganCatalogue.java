package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue of organs in force (CONTRACTS.md, "The organ catalogue"): the shipped catalogue
 * overlaid, code by code, by the latest {@link OrganUpdated} of the organs topic, which a replay
 * applies from offset zero at every start and then follows. Last writer wins; an event applied
 * once is not applied again (replays and retried writes carry the same event id).
 */
@Component
public class OrganCatalogue {

  /** An organ as it is now and its version: the sequence of its latest event, 0 as shipped. */
  record Entry(Organ organ, long version) {
  }

  private final Map<String, Entry> byCode = new HashMap<>();
  private final Set<String> shippedCodes;
  /** The sequence of every event applied, by event id. */
  private final Map<String, Long> appliedEvents = new HashMap<>();
  private long appliedOffset = -1;

  public OrganCatalogue(@Value("${npi007.organs.catalogue}") Resource shipped, JsonMapper json) {
    ShippedOrgans.load(shipped, json).forEach((code, organ) -> byCode.put(code, new Entry(organ, 0)));
    shippedCodes = Set.copyOf(byCode.keySet());
  }

  /**
   * The replay that rebuilds this catalogue from offset zero of the organs topic and keeps it
   * current; it is started and stopped with the application.
   *
   * @param clientSettings the Kafka client settings (bootstrap servers, security)
   */
  public TopicReplay replay(Map<String, Object> clientSettings) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay("Catálogo de órgãos", Topics.ORGANS, clientSettings,
        record -> apply(record.offset(), codec.decode(record.value())));
  }

  /** Every organ, ordered by code. */
  public synchronized List<Organ> all() {
    return byCode.values().stream().map(Entry::organ).sorted(Comparator.comparing(Organ::code)).toList();
  }

  public synchronized Optional<Organ> find(String code) {
    return Optional.ofNullable(code).map(byCode::get).map(Entry::organ);
  }

  public synchronized boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  /** The organ's version the catalogue knows, or empty for a code it does not hold. */
  synchronized Optional<Long> version(String code) {
    return Optional.ofNullable(byCode.get(code)).map(Entry::version);
  }

  /** The sequence of the event with this id, if it was applied. */
  synchronized Optional<Long> appliedSequence(String eventId) {
    return Optional.ofNullable(appliedEvents.get(eventId));
  }

  /** True for the organs of the shipped catalogue. */
  boolean isShipped(String code) {
    return shippedCodes.contains(code);
  }

  /** Applies the record at this offset of the organs topic; a value of another type only moves the offset on. */
  synchronized void apply(long offset, SpecificRecord value) {
    if (value instanceof OrganUpdated update
        && appliedEvents.putIfAbsent(update.getEnvelope().getEventId(), update.getEnvelope().getSequence()) == null) {
      Organ organ = new Organ(update.getCode(), update.getName(), update.getEmails());
      byCode.put(update.getCode(), new Entry(organ, update.getEnvelope().getSequence()));
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
      Duration remaining = Duration.ofNanos(left);
      wait(Math.max(1, remaining.toMillis()));
    }
    return true;
  }
}
