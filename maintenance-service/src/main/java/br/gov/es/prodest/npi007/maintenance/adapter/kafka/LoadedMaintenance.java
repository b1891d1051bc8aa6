package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One maintenance while the processor works on it: its current state, and the commands (with the
 * events each caused) to record when it is saved. A maintenance read from a history written before
 * snapshots starts with all of the history's commands, so that its first snapshot loses none.
 */
final class LoadedMaintenance {

  private final String maintenanceId;
  private final Map<String, List<byte[]>> toRecord;
  private MaintenanceState state;
  private boolean changed;

  LoadedMaintenance(String maintenanceId, MaintenanceState state, Map<String, List<byte[]>> fromHistory) {
    this.maintenanceId = maintenanceId;
    this.state = state;
    this.toRecord = new LinkedHashMap<>(fromHistory);
  }

  String maintenanceId() {
    return maintenanceId;
  }

  MaintenanceState state() {
    return state;
  }

  /** Applies new events (and their encoded form, index for index) and notes the commands that caused them. */
  void apply(List<MaintenanceEvent> events, List<byte[]> encoded) {
    for (int i = 0; i < events.size(); i++) {
      MaintenanceEvent event = events.get(i);
      state = Maintenance.evolve(state, event);
      toRecord.computeIfAbsent(event.envelope().commandId(), commandId -> new ArrayList<>()).add(encoded.get(i));
      changed = true;
    }
  }

  /** True when events were applied since it was loaded: it must be saved. */
  boolean changed() {
    return changed;
  }

  Map<String, List<byte[]>> toRecord() {
    return toRecord;
  }
}
