package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshot;
import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The maintenances of the processor's task (fold once): each read as its snapshot, or, if it was
 * stored before snapshots, as its history folded once as before; each saved as a snapshot.
 */
final class MaintenanceAggregates {

  private final AvroCodec codec;
  private final AggregateStore store;

  MaintenanceAggregates(AvroCodec codec, AggregateStore store) {
    this.codec = codec;
    this.store = store;
  }

  /**
   * The maintenance as stored, knowing of its applied commands (when read from a snapshot) only
   * {@code commandId}, the command about to be decided; null when no command is (timers).
   */
  LoadedMaintenance load(String maintenanceId, String commandId) {
    return load(maintenanceId, store.load(maintenanceId), commandId);
  }

  /** Every maintenance of the task, each read once from the store, with its state (a task's start). */
  void forEachState(BiConsumer<String, MaintenanceState> action) {
    store.forEachStored((maintenanceId, stored) -> action.accept(maintenanceId,
        load(maintenanceId, stored, null).state()));
  }

  private LoadedMaintenance load(String maintenanceId, AggregateStore.Stored stored, String commandId) {
    if (stored.snapshot() != null) {
      MaintenanceSnapshot snapshot = codec.decode(stored.snapshot(), MaintenanceSnapshot.class);
      return new LoadedMaintenance(maintenanceId, MaintenanceSnapshotMapper.toState(snapshot, applied(maintenanceId,
          commandId)), Map.of());
    }
    List<MaintenanceEvent> history = stored.history().stream().map(this::event).toList();
    MaintenanceState state = Maintenance.replay(history);
    return new LoadedMaintenance(maintenanceId, state, causedByCommand(state, history, stored.history()));
  }

  /** Saves the maintenance's state and the commands it newly applied, if anything changed. */
  void save(LoadedMaintenance maintenance) {
    if (maintenance.changed() && maintenance.state() instanceof ExistingMaintenance existing) {
      store.save(maintenance.maintenanceId(), codec.encode(MaintenanceSnapshotMapper.toSnapshot(existing)),
          maintenance.toRecord());
    }
  }

  private Map<String, MaintenanceEvent> applied(String maintenanceId, String commandId) {
    if (commandId == null) {
      return Map.of();
    }
    List<byte[]> caused = store.caused(maintenanceId, commandId);
    return caused.isEmpty() ? Map.of() : Map.of(commandId, event(caused.get(0)));
  }

  // The commands the folded history applied, each with the events it caused, in the history's order.
  private static Map<String, List<byte[]>> causedByCommand(MaintenanceState state, List<MaintenanceEvent> history,
      List<byte[]> encoded) {
    if (!(state instanceof ExistingMaintenance existing)) {
      return Map.of();
    }
    Map<String, List<byte[]>> caused = new LinkedHashMap<>();
    for (int i = 0; i < history.size(); i++) {
      String commandId = history.get(i).envelope().commandId();
      if (existing.applied(commandId)) {
        caused.computeIfAbsent(commandId, id -> new ArrayList<>()).add(encoded.get(i));
      }
    }
    return caused;
  }

  private MaintenanceEvent event(byte[] encoded) {
    return MaintenanceAvroMapper.toEvent(codec.decode(encoded));
  }
}
