package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshot;
import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.processing.AggregateWire;
import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** The one translation between the maintenance domain and its Avro records, both ways. */
public final class MaintenanceWire implements AggregateWire<MaintenanceCommand, MaintenanceEvent, MaintenanceState> {

  public static final MaintenanceWire INSTANCE = new MaintenanceWire();

  private MaintenanceWire() {
  }

  @Override
  public MaintenanceCommand toCommand(SpecificRecord record) {
    return MaintenanceCommandWire.toCommand(record);
  }

  @Override
  public SpecificRecord toAvro(MaintenanceEvent event) {
    return MaintenanceEventWire.toAvro(event);
  }

  @Override
  public MaintenanceEvent toEvent(SpecificRecord record) {
    return MaintenanceEventWire.toEvent(record);
  }

  @Override
  public SpecificRecord toSnapshot(MaintenanceState state) {
    return MaintenanceSnapshotWire.toSnapshot((ExistingMaintenance) state);
  }

  @Override
  public MaintenanceState toState(SpecificRecord snapshot, String commandId, List<MaintenanceEvent> caused) {
    if (!(snapshot instanceof MaintenanceSnapshot maintenance)) {
      throw new UndecodableRecordException("o estado guardado não é um MaintenanceSnapshot: "
          + snapshot.getSchema().getFullName());
    }
    // A maintenance command causes at most one event: the applied map holds it.
    Map<String, MaintenanceEvent> applied = new LinkedHashMap<>();
    if (!caused.isEmpty()) {
      applied.put(commandId, caused.get(0));
    }
    return MaintenanceSnapshotWire.toState(maintenance, applied);
  }

  @Override
  public CommandResult toResult(CommandOutcome<MaintenanceCommand, MaintenanceEvent, MaintenanceState> outcome) {
    return CommonWire.result(outcome, outcome.after().currentStatus().orElse(null));
  }
}
