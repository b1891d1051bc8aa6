package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.incident.application.CommandOutcome;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import org.apache.avro.specific.SpecificRecord;

/** The one translation between the incident domain and its Avro wire records, both ways. */
public final class IncidentAvroMapper {

  private IncidentAvroMapper() {
  }

  /** The domain command a wire record carries; a record that is no incident command cannot be processed. */
  public static IncidentCommand toCommand(SpecificRecord record) {
    return CommandWire.toCommand(record);
  }

  public static SpecificRecord toAvro(IncidentEvent event) {
    return EventWire.toAvro(event);
  }

  /** The domain event a wire record carries; a record that is no incident event cannot be read. */
  public static IncidentEvent toEvent(SpecificRecord record) {
    return EventWire.toEvent(record);
  }

  /** The answer to the command, keyed like it by the incident it addressed. */
  public static CommandResult toResult(CommandOutcome outcome) {
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(outcome.command().commandId())
        .setAggregateId(outcome.command().incidentId())
        .setAccepted(outcome.accepted())
        .setStatus(outcome.status().map(IncidentStatus::name).orElse(null))
        .setVersion(outcome.version())
        .setEventIds(outcome.eventIds());
    outcome.rejection().ifPresent(rejection -> result
        .setRejectionKind(Wire.same(rejection.kind(), RejectionKind.class))
        .setRejectionCode(rejection.code())
        .setRejectionDetail(rejection.detail()));
    return result.build();
  }
}
