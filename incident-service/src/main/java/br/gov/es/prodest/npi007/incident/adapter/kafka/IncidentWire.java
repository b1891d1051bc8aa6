package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.incident.IncidentSnapshot;
import br.gov.es.prodest.npi007.incident.domain.ExistingIncident;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.processing.AggregateWire;
import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** The one translation between the incident domain and its Avro records, both ways. */
public final class IncidentWire implements AggregateWire<IncidentCommand, IncidentEvent, IncidentState> {

  public static final IncidentWire INSTANCE = new IncidentWire();

  private IncidentWire() {
  }

  /** The domain command a wire record carries; a record that is no incident command cannot be processed. */
  @Override
  public IncidentCommand toCommand(SpecificRecord record) {
    return IncidentCommandWire.toCommand(record);
  }

  @Override
  public SpecificRecord toAvro(IncidentEvent event) {
    return IncidentEventWire.toAvro(event);
  }

  /** The domain event a wire record carries; a record that is no incident event cannot be read. */
  @Override
  public IncidentEvent toEvent(SpecificRecord record) {
    return IncidentEventWire.toEvent(record);
  }

  @Override
  public SpecificRecord toSnapshot(IncidentState state) {
    return IncidentSnapshotWire.toSnapshot((ExistingIncident) state);
  }

  @Override
  public IncidentState toState(SpecificRecord snapshot, String commandId, List<IncidentEvent> caused) {
    if (!(snapshot instanceof IncidentSnapshot incident)) {
      throw new UndecodableRecordException("o estado guardado não é um IncidentSnapshot: "
          + snapshot.getSchema().getFullName());
    }
    return IncidentSnapshotWire.toState(incident, commandId, caused);
  }

  /** The answer to the command, keyed like it by the incident it addressed. */
  @Override
  public CommandResult toResult(CommandOutcome<IncidentCommand, IncidentEvent, IncidentState> outcome) {
    return CommonWire.result(outcome, outcome.after().currentStatus().orElse(null));
  }
}
