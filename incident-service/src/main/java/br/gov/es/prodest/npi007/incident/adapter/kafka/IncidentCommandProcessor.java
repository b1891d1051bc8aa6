package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.application.CommandOutcome;
import br.gov.es.prodest.npi007.incident.application.IncidentCommandHandler;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.Origin;
import br.gov.es.prodest.npi007.incident.domain.ReportIncident;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Decides each incident command against the incident's stored state, keeps the state after it,
 * and forwards the new events with the command's result, all in one Kafka transaction
 * (exactly_once_v2). Forwarded records keep the command's headers, so the gateway's request/reply
 * correlation header comes back on the result.
 */
final class IncidentCommandProcessor implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;
  private StoredIncidents incidents;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.incidents = new StoredIncidents(new AggregateStore(context, IncidentCommandTopology.INCIDENT_STATES), codec);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    IncidentCommand command;
    try {
      command = commandIn(record);
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    StoredIncidents.Loaded loaded = incidents.load(command.incidentId(), command.commandId());
    CommandOutcome outcome = IncidentCommandHandler.handle(command, loaded.state());
    List<byte[]> newEvents = outcome.newEvents().stream()
        .map(IncidentAvroMapper::toAvro).map(codec::encode).toList();
    incidents.save(loaded, outcome, newEvents);
    Record<byte[], byte[]> out = record.withKey(command.incidentId().getBytes(StandardCharsets.UTF_8))
        .withHeaders(InternalHeaders.published(record.headers()));
    newEvents.forEach(event -> context.forward(out.withValue(new Routed(Routed.Lane.EVENTS, event))));
    byte[] result = codec.encode(IncidentAvroMapper.toResult(outcome));
    context.forward(out.withValue(new Routed(Routed.Lane.RESULTS, result)));
    // Nobody waits for the result of intake (service desk, monitoring, other services): a refusal is shown where operators look.
    if (fromIntake(command)) {
      outcome.rejection().ifPresent(rejected -> context.forward(DeadLetters.of(context, record,
          "comando recusado (" + rejected.code() + "): " + rejected.detail())));
    }
  }

  private static boolean fromIntake(IncidentCommand command) {
    return command.origin() == Origin.SERVICE_DESK || command.origin() == Origin.MONITORING
        || command.origin() == Origin.SYSTEM;
  }

  // Keyed by the incident it addresses; a report the router sent to its component's open incident joins it.
  private IncidentCommand commandIn(Record<byte[], byte[]> record) {
    IncidentCommand command = IncidentAvroMapper.toCommand(codec.decode(record.value()));
    String routedFrom = InternalHeaders.routedFrom(record.headers());
    if (command instanceof ReportIncident report && routedFrom != null) {
      return new ReportIncident(report.commandId(), report.correlationId(), report.issuedAt(), report.actor(),
          report.origin(), report.expectedVersion(), routedFrom, report.component(), report.organ(),
          report.description(), report.source(), report.reportedBy()).routedTo(report.incidentId());
    }
    return command;
  }
}
