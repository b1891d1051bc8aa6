package br.gov.es.prodest.npi007.maintenance.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which maintenances of one task have a timer due, and when: the next due instant of each. Held in
 * memory and derived, never stored: the task rebuilds it from its maintenances' events whenever it
 * (re)starts, so after a restart or a rebalance every pending timer is back. Not thread-safe: one
 * per task, used by the task's thread.
 */
public final class TimerIndex {

  private record Entry(Instant dueAt, String maintenanceId) implements Comparable<Entry> {

    @Override
    public int compareTo(Entry other) {
      int byTime = dueAt.compareTo(other.dueAt);
      return byTime != 0 ? byTime : maintenanceId.compareTo(other.maintenanceId);
    }
  }

  private final TreeSet<Entry> byDueAt = new TreeSet<>();
  private final Map<String, Instant> dueAtById = new HashMap<>();

  /** Sets (or, when empty, clears) the next due instant of a maintenance. */
  public void schedule(String maintenanceId, Optional<Instant> next) {
    Instant previous = dueAtById.remove(maintenanceId);
    if (previous != null) {
      byDueAt.remove(new Entry(previous, maintenanceId));
    }
    next.ifPresent(dueAt -> {
      dueAtById.put(maintenanceId, dueAt);
      byDueAt.add(new Entry(dueAt, maintenanceId));
    });
  }

  /** The maintenances with a timer due at {@code now}, the most overdue first. */
  public List<String> dueAt(Instant now) {
    List<String> due = new ArrayList<>();
    for (Entry entry : byDueAt) {
      if (entry.dueAt().isAfter(now)) {
        break;
      }
      due.add(entry.maintenanceId());
    }
    return due;
  }

  public Optional<Instant> next(String maintenanceId) {
    return Optional.ofNullable(dueAtById.get(maintenanceId));
  }

  public int size() {
    return dueAtById.size();
  }

  public void clear() {
    byDueAt.clear();
    dueAtById.clear();
  }
}
