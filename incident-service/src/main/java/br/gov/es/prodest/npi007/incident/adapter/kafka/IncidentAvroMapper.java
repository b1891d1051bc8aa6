package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.incident.application.CommandOutcome;
import br.gov.es.prodest.npi007.incident.domain.Actor;
import br.gov.es.prodest.npi007.incident.domain.CommandRejected;
import br.gov.es.prodest.npi007.incident.domain.Envelope;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.Origin;
import br.gov.es.prodest.npi007.incident.domain.ReportIncident;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.Role;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;

/** The one translation between the incident domain and its Avro wire records, both ways. */
public final class IncidentAvroMapper {

  private IncidentAvroMapper() {
  }

  /** The domain command a wire record carries; a record that is no incident command cannot be processed. */
  public static IncidentCommand toCommand(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.incident.ReportIncident report) {
      CommandMetadata metadata = report.getMetadata();
      return new ReportIncident(metadata.getCommandId(), metadata.getCorrelationId(), metadata.getIssuedAt(),
          toDomain(metadata.getActor()), Origin.valueOf(metadata.getOrigin().name()), metadata.getExpectedVersion(),
          report.getIncidentId(), report.getComponent(), report.getOrgan(), report.getDescription(),
          ReportSource.valueOf(report.getSource().name()), report.getReportedBy());
    }
    throw new UndecodableRecordException("não é um comando de incidente: " + record.getSchema().getFullName());
  }

  public static SpecificRecord toAvro(IncidentEvent event) {
    if (event instanceof IncidentReported reported) {
      return new br.gov.es.prodest.npi007.avro.incident.IncidentReported(toAvro(reported.envelope()),
          reported.component(), reported.organ(), reported.description(),
          br.gov.es.prodest.npi007.avro.incident.ReportSource.valueOf(reported.source().name()),
          reported.reportedBy());
    }
    throw new IllegalArgumentException("evento sem forma Avro: " + event);
  }

  public static IncidentEvent toEvent(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.incident.IncidentReported reported) {
      return new IncidentReported(toDomain(reported.getEnvelope()), reported.getComponent(), reported.getOrgan(),
          reported.getDescription(), ReportSource.valueOf(reported.getSource().name()), reported.getReportedBy());
    }
    throw new UndecodableRecordException("não é um evento de incidente: " + record.getSchema().getFullName());
  }

  /** The answer to the command, keyed like it by incident id. */
  public static CommandResult toResult(CommandOutcome outcome) {
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(outcome.command().commandId())
        .setAggregateId(outcome.command().incidentId())
        .setAccepted(outcome.accepted())
        .setStatus(outcome.status().map(IncidentStatus::name).orElse(null))
        .setVersion(outcome.version())
        .setEventIds(outcome.eventIds());
    outcome.rejection().ifPresent(rejection -> result
        .setRejectionKind(toAvro(rejection.kind()))
        .setRejectionCode(rejection.code())
        .setRejectionDetail(rejection.detail()));
    return result.build();
  }

  private static RejectionKind toAvro(CommandRejected.Kind kind) {
    return RejectionKind.valueOf(kind.name());
  }

  private static EventEnvelope toAvro(Envelope envelope) {
    return new EventEnvelope(envelope.eventId(), envelope.incidentId(), envelope.sequence(), envelope.occurredAt(),
        toAvro(envelope.actor()), br.gov.es.prodest.npi007.avro.common.Origin.valueOf(envelope.origin().name()),
        envelope.commandId(), envelope.correlationId());
  }

  private static Envelope toDomain(EventEnvelope envelope) {
    return new Envelope(envelope.getEventId(), envelope.getAggregateId(), envelope.getSequence(),
        envelope.getOccurredAt(), toDomain(envelope.getActor()), Origin.valueOf(envelope.getOrigin().name()),
        envelope.getCommandId(), envelope.getCorrelationId());
  }

  private static br.gov.es.prodest.npi007.avro.common.Actor toAvro(Actor actor) {
    return new br.gov.es.prodest.npi007.avro.common.Actor(actor.userId(),
        br.gov.es.prodest.npi007.avro.common.Role.valueOf(actor.role().name()), actor.organ());
  }

  private static Actor toDomain(br.gov.es.prodest.npi007.avro.common.Actor actor) {
    return new Actor(actor.getUserId(), Role.valueOf(actor.getRole().name()), actor.getOrgan());
  }
}
