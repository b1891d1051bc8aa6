package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.incident.domain.ReportIncident;
import br.gov.es.prodest.npi007.processing.AggregateProcessor;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.processing.RecordTracing;
import br.gov.es.prodest.npi007.processing.Routed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Decides each incident command against the incident's stored state ({@link AggregateProcessor}):
 * the new events and the command's result, in one Kafka transaction (exactly_once_v2). A report the
 * router sent to its component's open incident is decided there, remembering the id its issuer chose.
 */
final class IncidentCommandProcessor implements Processor<byte[], byte[], byte[], Routed> {

  private final ProcessingTelemetry telemetry;
  private AggregateProcessor<byte[], IncidentCommand, IncidentEvent, IncidentState> incidents;

  IncidentCommandProcessor(ProcessingTelemetry telemetry) {
    this.telemetry = telemetry;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.incidents = new AggregateProcessor<>(context, IncidentCommandTopology.INCIDENT_STATES,
        Incident.AGGREGATE, IncidentWire.INSTANCE, Routed::key, telemetry);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    // Published without the topology's internal headers; the gateway's correlation header stays.
    Record<byte[], byte[]> published = record.withHeaders(InternalHeaders.published(record.headers()));
    try (RecordTracing.Work work = telemetry.tracing().open(record.headers(), "incident decide")) {
      incidents.commandIn(record).ifPresent(command -> {
        work.named("incident decide " + command.getClass().getSimpleName());
        incidents.handle(published, routed(command, record));
      });
    }
  }

  // Keyed by the incident it addresses; a report the router sent to its component's open incident joins it.
  private static IncidentCommand routed(IncidentCommand command, Record<byte[], byte[]> record) {
    String routedFrom = InternalHeaders.routedFrom(record.headers());
    if (command instanceof ReportIncident report && routedFrom != null) {
      return report.addressedTo(routedFrom).routedTo(report.incidentId());
    }
    return command;
  }
}
