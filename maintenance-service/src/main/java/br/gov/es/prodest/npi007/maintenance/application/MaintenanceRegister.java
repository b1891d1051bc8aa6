package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRequested;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Read model answering "which maintenances are there, when, where does each stand, and what
 * happened to it?", and the open windows the overlap check compares a new window with. Folded from
 * the maintenance events by the domain's own evolve; applying an event twice (same maintenance,
 * same sequence) changes nothing, so it is rebuilt from offset zero at every start. Thread-safe:
 * one feeder, any number of readers. Its lists are kept sorted by start, so a page is a walk from
 * the cursor (backwards for past maintenances) that stops once it is full.
 */
public final class MaintenanceRegister {

  /** The cursors' list names: soonest first, and most recent first (past maintenances). */
  private static final String SOONEST_FIRST = "maintenances";
  private static final String MOST_RECENT_FIRST = "maintenances/past";

  private final Policy policy;
  private final ConcurrentMap<String, Entry> maintenances = new ConcurrentHashMap<>();
  /** Every maintenance's id by its window's start; a reschedule moves it (see {@link #apply}). */
  private final ConcurrentNavigableMap<TimedPosition, String> byStart =
      new ConcurrentSkipListMap<>(TimedPosition.EARLIEST_FIRST);

  private record Entry(ExistingMaintenance state, List<HistoryEntry> history) {
  }

  public MaintenanceRegister(Policy policy) {
    this.policy = policy;
  }

  public void apply(MaintenanceEvent event) {
    var envelope = event.envelope();
    Entry previous = maintenances.get(envelope.maintenanceId());
    Entry next = maintenances.compute(envelope.maintenanceId(), (id, current) -> {
      if (current == null ? !(event instanceof MaintenanceRequested) : envelope.sequence() != current.state().version() + 1) {
        return current;
      }
      MaintenanceState before = current == null ? Maintenance.replay(List.of()) : current.state();
      List<HistoryEntry> history = new ArrayList<>(current == null ? List.of() : current.history());
      history.add(HistoryEntry.of(event));
      return new Entry((ExistingMaintenance) Maintenance.evolve(before, event), List.copyOf(history));
    });
    reindex(previous, next);
  }

  /**
   * Moves the maintenance to its start's position. A reader skips positions that are no longer the
   * maintenance's ({@link #current}); a walk that runs while it moves across the walk's position may
   * miss it, or show it at both positions.
   */
  private void reindex(Entry previous, Entry next) {
    if (next == null || next == previous) {
      return;
    }
    TimedPosition now = position(next);
    byStart.put(now, now.id());
    if (previous != null && !position(previous).equals(now)) {
      byStart.remove(position(previous));
    }
  }

  private static TimedPosition position(MaintenanceView view) {
    return new TimedPosition(view.start(), view.id());
  }

  private static TimedPosition position(Entry entry) {
    return new TimedPosition(entry.state().facts().window().start(), entry.state().facts().maintenanceId());
  }

  public Optional<MaintenanceView> find(String maintenanceId) {
    return Optional.ofNullable(maintenances.get(maintenanceId)).map(entry -> MaintenanceView.of(entry.state(), policy));
  }

  /** The maintenance's events, in sequence order, or empty when there is no such maintenance. */
  public Optional<List<HistoryEntry>> history(String maintenanceId) {
    return Optional.ofNullable(maintenances.get(maintenanceId)).map(Entry::history);
  }

  /**
   * Every maintenance the filter matches: by start, soonest first; past ones most recent first (for
   * callers that need the whole list).
   */
  public List<MaintenanceView> list(MaintenanceFilter filter) {
    List<MaintenanceView> matching = new ArrayList<>();
    inOrder(filter).forEach((position, id) -> current(position, id).filter(filter::matches).ifPresent(matching::add));
    return matching;
  }

  /** One page of {@link #list(MaintenanceFilter)}. */
  public Page<MaintenanceView> page(MaintenanceFilter filter, PageRequest request) {
    String list = filter.when() == MaintenanceFilter.When.PAST ? MOST_RECENT_FIRST : SOONEST_FIRST;
    NavigableMap<TimedPosition, String> ordered = inOrder(filter);
    var after = request.cursor() == null ? ordered
        : ordered.tailMap(TimedPosition.fromCursor(list, request.cursor()), false);
    var views = after.entrySet().stream().flatMap(entry -> current(entry.getKey(), entry.getValue()).stream())
        .iterator();
    return Page.collect(views, view -> Optional.of(view).filter(filter::matches), request.limit(),
        view -> position(view).cursor(list));
  }

  private NavigableMap<TimedPosition, String> inOrder(MaintenanceFilter filter) {
    return filter.when() == MaintenanceFilter.When.PAST ? byStart.descendingMap() : byStart;
  }

  /** The maintenance at that position, unless a reschedule has just moved it away (then it is shown at its new one). */
  private Optional<MaintenanceView> current(TimedPosition position, String id) {
    return find(id).filter(view -> position(view).equals(position));
  }

  /** Every maintenance not completed nor cancelled, with its window. */
  public List<OpenWindow> openWindows() {
    return maintenances.values().stream().map(Entry::state).filter(state -> !state.status().closed())
        .map(state -> new OpenWindow(state.facts().maintenanceId(), state.facts().component(), state.facts().window()))
        .toList();
  }
}
