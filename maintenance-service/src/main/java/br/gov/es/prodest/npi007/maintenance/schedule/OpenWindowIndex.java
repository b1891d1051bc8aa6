package br.gov.es.prodest.npi007.maintenance.schedule;

import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open windows of one task's maintenances, as the task decides them: a window is in it from the
 * decision that sets it, before any reader of the events could see it. Every maintenance of a
 * component is placed on the component's partition ({@code MaintenancePlacement}), so the task
 * that decides a request holds every other window of the component here, however close together
 * the requests came. Held in memory and derived like the {@link TimerIndex}: rebuilt from the
 * task's stored states whenever the task (re)starts. Not thread-safe: one per task.
 */
public final class OpenWindowIndex {

  private final Map<String, OpenWindow> byMaintenance = new HashMap<>();

  /** Keeps the maintenance's window while it is open, and forgets it once closed. */
  public void update(String maintenanceId, MaintenanceState state) {
    OpenWindow.of(state).ifPresentOrElse(window -> byMaintenance.put(maintenanceId, window),
        () -> byMaintenance.remove(maintenanceId));
  }

  public List<OpenWindow> windows() {
    return List.copyOf(byMaintenance.values());
  }

  public void clear() {
    byMaintenance.clear();
  }
}
