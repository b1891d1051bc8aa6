package br.gov.es.prodest.npi007.notification.outbox.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ASCOM's outbox: which messages were rendered, and where each stands. Rebuilt from the
 * notifications topic at every start; idempotent by notification id, so a record read twice is
 * kept once. Safe for one writer and many readers at once.
 */
public final class Outbox {

  /** Rendering order: the causing events' time, which a rebuild reproduces, then the norm's order. */
  private static final Comparator<OutboxEntry> RENDERING_ORDER = Comparator
      .comparing(OutboxEntry::renderedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
      .thenComparing(OutboxEntry::type)
      .thenComparing(OutboxEntry::id);

  private final Map<String, OutboxEntry> entries = new ConcurrentHashMap<>();

  /** Adds a rendered message; false when it was already there (a replay or a duplicate). */
  public boolean add(OutboxEntry entry) {
    return entries.putIfAbsent(entry.id(), entry) == null;
  }

  public Optional<OutboxEntry> byId(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** The entries the query matches, in rendering order. */
  public List<OutboxEntry> matching(OutboxQuery query) {
    return entries.values().stream().filter(query::matches).sorted(RENDERING_ORDER).toList();
  }
}
