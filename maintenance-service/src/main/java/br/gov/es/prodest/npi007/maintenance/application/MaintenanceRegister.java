package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRequested;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Read model answering "which maintenances are there, when, where does each stand, and what
 * happened to it?", and the open windows the overlap check compares a new window with. Folded from
 * the maintenance events by the domain's own evolve; applying an event twice (same maintenance,
 * same sequence) changes nothing, so it is rebuilt from offset zero at every start. Thread-safe:
 * one feeder, any number of readers.
 */
public final class MaintenanceRegister {

  private static final Comparator<MaintenanceView> BY_START =
      Comparator.comparing(MaintenanceView::start).thenComparing(MaintenanceView::id);

  private final Policy policy;
  private final ConcurrentMap<String, Entry> maintenances = new ConcurrentHashMap<>();

  private record Entry(ExistingMaintenance state, List<HistoryEntry> history) {
  }

  public MaintenanceRegister(Policy policy) {
    this.policy = policy;
  }

  public void apply(MaintenanceEvent event) {
    var envelope = event.envelope();
    maintenances.compute(envelope.maintenanceId(), (id, current) -> {
      if (current == null ? !(event instanceof MaintenanceRequested) : envelope.sequence() != current.state().version() + 1) {
        return current;
      }
      MaintenanceState before = current == null ? Maintenance.replay(List.of()) : current.state();
      List<HistoryEntry> history = new ArrayList<>(current == null ? List.of() : current.history());
      history.add(HistoryEntry.of(event));
      return new Entry((ExistingMaintenance) Maintenance.evolve(before, event), List.copyOf(history));
    });
  }

  public Optional<MaintenanceView> find(String maintenanceId) {
    return Optional.ofNullable(maintenances.get(maintenanceId)).map(entry -> MaintenanceView.of(entry.state(), policy));
  }

  /** The maintenance's events, in sequence order, or empty when there is no such maintenance. */
  public Optional<List<HistoryEntry>> history(String maintenanceId) {
    return Optional.ofNullable(maintenances.get(maintenanceId)).map(Entry::history);
  }

  /** The maintenances the filter matches: by start, soonest first; past ones most recent first. */
  public List<MaintenanceView> list(MaintenanceFilter filter) {
    Comparator<MaintenanceView> order = filter.when() == MaintenanceFilter.When.PAST ? BY_START.reversed() : BY_START;
    return maintenances.values().stream().map(entry -> MaintenanceView.of(entry.state(), policy))
        .filter(filter::matches).sorted(order).toList();
  }

  /** Every maintenance not completed nor cancelled, with its window. */
  public List<OpenWindow> openWindows() {
    return maintenances.values().stream().map(Entry::state).filter(state -> !state.status().closed())
        .map(state -> new OpenWindow(state.facts().maintenanceId(), state.facts().component(), state.facts().window()))
        .toList();
  }
}
