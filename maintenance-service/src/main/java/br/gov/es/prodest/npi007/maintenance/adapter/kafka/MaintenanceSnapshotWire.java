package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderOutcome;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshot;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshotStatus;
import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceFacts;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStatus;
import br.gov.es.prodest.npi007.maintenance.domain.ReminderState;
import br.gov.es.prodest.npi007.maintenance.domain.Window;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A maintenance's folded state to its store record and back. The record leaves out the commands
 * the maintenance applied (the applied store keeps them): a state read back knows only the command
 * being decided, which is all {@code Maintenance.decide} asks about.
 */
final class MaintenanceSnapshotWire {

  private MaintenanceSnapshotWire() {
  }

  static MaintenanceSnapshot toSnapshot(ExistingMaintenance maintenance) {
    MaintenanceFacts facts = maintenance.facts();
    Map<String, MaintenanceReminderOutcome> outcomes = new TreeMap<>();
    facts.reminderOutcomes().forEach((key, state) -> outcomes.put(key, CommonWire.same(state,
        MaintenanceReminderOutcome.class)));
    return MaintenanceSnapshot.newBuilder()
        .setMaintenanceId(facts.maintenanceId())
        .setStatus(CommonWire.same(maintenance.status(), MaintenanceSnapshotStatus.class))
        .setComponent(facts.component())
        .setStart(facts.window().start())
        .setEnd(facts.window().end())
        .setPurpose(facts.purpose())
        .setCausesUnavailability(facts.causesUnavailability())
        .setUrgent(facts.urgent())
        .setIncidentId(facts.incidentId())
        .setUnit(facts.unit())
        .setOverlapsWith(facts.overlapsWith())
        .setRequestedAt(facts.requestedAt())
        .setWindowSetAt(facts.windowSetAt())
        .setWindowNotice(facts.windowNotice())
        .setUpdatedAt(facts.updatedAt())
        .setCorrelationId(facts.correlationId())
        .setVersion(facts.version())
        // Sorted, so the same state is always the same bytes.
        .setAnnouncedNotifications(facts.announcedNotifications().stream().sorted().toList())
        .setReminderOutcomes(outcomes)
        .setReminderLeadMinutes(facts.reminderLeadMinutes())
        .build();
  }

  /**
   * The state a snapshot records, knowing of its applied commands only {@code applied}: the
   * command being decided and the first event it caused here, or nothing when it is new.
   */
  /**
   * The state a snapshot holds, knowing of its applied commands only {@code commandId} with the one
   * event it caused (a maintenance command causes at most one), if it was applied.
   */
  static ExistingMaintenance toState(MaintenanceSnapshot snapshot, String commandId, List<MaintenanceEvent> caused) {
    Map<String, MaintenanceEvent> applied = caused.isEmpty() ? Map.of() : Map.of(commandId, caused.get(0));
    Map<String, ReminderState> outcomes = new HashMap<>();
    snapshot.getReminderOutcomes().forEach((key, outcome) -> outcomes.put(key, CommonWire.same(outcome,
        ReminderState.class)));
    MaintenanceFacts facts = new MaintenanceFacts(snapshot.getMaintenanceId(), snapshot.getComponent(),
        new Window(snapshot.getStart(), snapshot.getEnd()), snapshot.getPurpose(),
        snapshot.getCausesUnavailability(), snapshot.getUrgent(), snapshot.getIncidentId(), snapshot.getUnit(),
        List.copyOf(snapshot.getOverlapsWith()), snapshot.getRequestedAt(), snapshot.getWindowSetAt(),
        snapshot.getWindowNotice(), snapshot.getUpdatedAt(), snapshot.getCorrelationId(), snapshot.getVersion(),
        applied, Set.copyOf(snapshot.getAnnouncedNotifications()), outcomes, snapshot.getReminderLeadMinutes());
    return new ExistingMaintenance(facts, CommonWire.same(snapshot.getStatus(), MaintenanceStatus.class));
  }
}
