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
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Read model answering "which maintenances are there, when, where does each stand, and what
 * happened to it?", and the open windows the overlap check compares a new window with.
 *
 * <p>Kept in a {@link ProjectionStore}, off the heap, and resumed after a restart from where it
 * stopped: each maintenance's events as they came from the topic (decoded and folded by the
 * domain's own evolve when asked), one index per list the API filters by (see {@link RegisterKeys}),
 * and the windows still open. Applying an event twice (same maintenance, same sequence) changes
 * nothing. Every instance of the service reads every partition into its own store, so any
 * instance answers any query. Thread-safe: one feeder, any number of readers.
 */
public final class MaintenanceRegister {

  /** The cursors' list names: soonest first, and most recent first (past maintenances). */
  private static final String SOONEST_FIRST = "maintenances";
  private static final String MOST_RECENT_FIRST = "maintenances/past";
  /** The layout of the register's store (see {@link ProjectionStore#open}). */
  public static final String LAYOUT = RegisterKeys.LAYOUT;

  private final ProjectionStore store;
  private final Policy policy;
  private final Function<byte[], MaintenanceEvent> decoder;

  /**
   * @param store   the register's store, opened with {@link #LAYOUT}
   * @param decoder reads one event as the topic holds it
   */
  public MaintenanceRegister(ProjectionStore store, Policy policy, Function<byte[], MaintenanceEvent> decoder) {
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /** Applies one event, as the topic holds it, through the poll's write; an event already applied is skipped. */
  public void apply(byte[] record, ProjectionWrite write) {
    MaintenanceEvent event = decoder.apply(record);
    var envelope = event.envelope();
    byte[] key = RegisterKeys.maintenance(envelope.aggregateId());
    byte[] stored = write.get(key);
    MaintenanceState before = fold(stored);
    boolean next = before instanceof ExistingMaintenance existing
        ? envelope.sequence() == existing.version() + 1 : event instanceof MaintenanceRequested;
    if (!next) {
      return;
    }
    ExistingMaintenance after = (ExistingMaintenance) Maintenance.evolve(before, event);
    write.put(key, EventHistory.append(stored, List.of(record)));
    reindex(before instanceof ExistingMaintenance existing ? existing : null, after, write);
  }

  /** Moves the maintenance between lists in the same write; a reader sees it either before or after. */
  private static void reindex(ExistingMaintenance before, ExistingMaintenance after, ProjectionWrite write) {
    Map<ByteBuffer, byte[]> old = new HashMap<>();
    if (before != null) {
      RegisterKeys.listed(before).forEach(key -> old.put(ByteBuffer.wrap(key), key));
    }
    String id = after.facts().maintenanceId();
    for (byte[] key : RegisterKeys.listed(after)) {
      if (old.remove(ByteBuffer.wrap(key)) == null) {
        write.put(key, id.getBytes(StandardCharsets.UTF_8));
      }
    }
    old.values().forEach(write::delete);
    if (after.status().closed()) {
      write.delete(RegisterKeys.open(id));
    } else {
      write.put(RegisterKeys.open(id), RegisterKeys.openWindow(after));
    }
  }

  public Optional<MaintenanceView> find(String maintenanceId) {
    return existing(maintenanceId).map(state -> MaintenanceView.of(state, policy));
  }

  /** The maintenance's events, in sequence order, or empty when there is no such maintenance. */
  public Optional<List<HistoryEntry>> history(String maintenanceId) {
    byte[] stored = store.get(RegisterKeys.maintenance(maintenanceId));
    return Optional.ofNullable(stored)
        .map(events -> EventHistory.read(events).stream().map(decoder).map(HistoryEntry::of).toList());
  }

  /**
   * Every maintenance the filter matches: by start, soonest first; past ones most recent first (for
   * callers that need the whole list).
   */
  public List<MaintenanceView> list(MaintenanceFilter filter) {
    try (Stream<Optional<MaintenanceView>> listed = walk(filter, null)) {
      return listed.flatMap(Optional::stream).toList();
    }
  }

  /** One page of {@link #list(MaintenanceFilter)}: a walk of the filter's own list from the cursor. */
  public Page<MaintenanceView> page(MaintenanceFilter filter, PageRequest request) {
    String list = filter.when() == MaintenanceFilter.When.PAST ? MOST_RECENT_FIRST : SOONEST_FIRST;
    TimedPosition after = request.cursor() == null ? null : TimedPosition.fromCursor(list, request.cursor());
    try (Stream<Optional<MaintenanceView>> listed = walk(filter, after)) {
      return Page.collect(listed.iterator(), Function.identity(), request.limit(),
          shown -> position(shown.orElseThrow()).cursor(list));
    }
  }

  /** The filter's list from just after a position: each entry's maintenance, or empty where it no longer is. */
  private Stream<Optional<MaintenanceView>> walk(MaintenanceFilter filter, TimedPosition after) {
    if (RegisterKeys.list(filter).isEmpty()) {
      return Stream.empty();
    }
    byte[] prefix = RegisterKeys.list(filter).orElseThrow().bytes();
    byte[] from = after == null ? null : keyIn(filter, after);
    return store.scan(prefix, from).map(entry -> current(entry, filter));
  }

  /**
   * The maintenance an entry names, when it is still at that entry's key and the filter shows it.
   * The list is read from one snapshot and each maintenance a moment later: one that has just moved
   * is shown at its new position only (or, moving across the walk's position, missed or shown twice).
   */
  private Optional<MaintenanceView> current(ProjectionStore.Entry entry, MaintenanceFilter filter) {
    return find(new String(entry.value(), StandardCharsets.UTF_8))
        .filter(view -> Arrays.equals(keyIn(filter, position(view)), entry.key()) && filter.matches(view));
  }

  private static byte[] keyIn(MaintenanceFilter filter, TimedPosition position) {
    return RegisterKeys.at(RegisterKeys.list(filter).orElseThrow(), filter.when(), position);
  }

  private static TimedPosition position(MaintenanceView view) {
    return new TimedPosition(view.start(), view.id());
  }

  /** Every maintenance not completed nor cancelled, with its window: a walk of the open ones only. */
  public List<OpenWindow> openWindows() {
    try (Stream<ProjectionStore.Entry> open = store.scan(RegisterKeys.openPrefix(), null)) {
      return open.map(entry -> RegisterKeys.openWindow(entry.value())).toList();
    }
  }

  private Optional<ExistingMaintenance> existing(String maintenanceId) {
    return Optional.ofNullable(store.get(RegisterKeys.maintenance(maintenanceId))).map(this::fold)
        .filter(ExistingMaintenance.class::isInstance).map(ExistingMaintenance.class::cast);
  }

  private MaintenanceState fold(byte[] stored) {
    return Maintenance.fold(EventHistory.read(stored).stream().map(decoder).toList());
  }
}
