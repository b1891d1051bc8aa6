package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.CommandWarning;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.maintenance.application.CommandOutcome;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStatus;
import org.apache.avro.specific.SpecificRecord;

/** The one translation between the maintenance domain and its Avro wire records, both ways. */
public final class MaintenanceAvroMapper {

  private MaintenanceAvroMapper() {
  }

  /** The domain command a wire record carries; a record that is no maintenance command cannot be processed. */
  public static MaintenanceCommand toCommand(SpecificRecord record) {
    return CommandWire.toCommand(record);
  }

  public static SpecificRecord toAvro(MaintenanceEvent event) {
    return EventWire.toAvro(event);
  }

  /** The domain event a wire record carries; a record that is no maintenance event cannot be read. */
  public static MaintenanceEvent toEvent(SpecificRecord record) {
    return EventWire.toEvent(record);
  }

  /** The answer to the command, keyed like it by the maintenance it addressed, with its warnings. */
  public static CommandResult toResult(CommandOutcome outcome) {
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(outcome.command().commandId())
        .setAggregateId(outcome.command().maintenanceId())
        .setAccepted(outcome.accepted())
        .setStatus(outcome.status().map(MaintenanceStatus::name).orElse(null))
        .setVersion(outcome.version())
        .setEventIds(outcome.eventIds())
        .setWarnings(outcome.warnings().stream()
            .map(warning -> new CommandWarning(warning.code(), warning.detail(), warning.relatedIds())).toList());
    outcome.rejection().ifPresent(rejection -> result
        .setRejectionKind(Wire.same(rejection.kind(), RejectionKind.class))
        .setRejectionCode(rejection.code())
        .setRejectionDetail(rejection.detail()));
    return result.build();
  }
}
