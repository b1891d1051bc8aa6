package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.RecordAlertResolution;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by normalised component: keeps each component's open incident, and sends every report to
 * it ("a second report of the same component while an incident is open joins it"), or, when none
 * is open, to the incident its issuer named, which becomes the component's open incident. Remembers
 * where each report went, so that a retry reaches the same incident even after it closed, and a
 * resolved alert reaches the incident its firing episode opened or joined. Learns closures from
 * the incident events.
 */
final class ReportRouter implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;
  private KeyValueStore<String, String> openIncidents;
  private KeyValueStore<String, String> reportRoutes;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.openIncidents = context.getStateStore(IncidentCommandTopology.OPEN_INCIDENTS_BY_COMPONENT);
    this.reportRoutes = context.getStateStore(IncidentCommandTopology.REPORT_ROUTES);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    String component = new String(record.key(), StandardCharsets.UTF_8);
    SpecificRecord value = codec.decode(record.value());
    if (value instanceof ReportIncident report) {
      route(record, component, report);
    } else if (value instanceof RecordAlertResolution resolution) {
      routeResolution(record, resolution);
    } else if (value instanceof IncidentTriaged triaged) {
      closed(component, triaged.getEnvelope().getAggregateId());
    } else if (value instanceof ServiceRestored restored) {
      closed(component, restored.getEnvelope().getAggregateId());
    }
  }

  private void route(Record<byte[], byte[]> record, String component, ReportIncident report) {
    String commandId = report.getMetadata().getCommandId();
    String requested = report.getIncidentId();
    String target = reportRoutes.get(commandId);
    if (target == null) {
      target = openIncidents.get(component);
    }
    if (target == null && IncidentWire.INSTANCE.toCommand(report) instanceof
        br.gov.es.prodest.npi007.incident.domain.ReportIncident opening && opening.blankFields().isEmpty()) {
      target = requested;
      openIncidents.put(component, target);
    }
    if (target == null) {
      forward(record, requested, record.value()); // the incident refuses it: nothing to remember
      return;
    }
    reportRoutes.putIfAbsent(commandId, target);
    Record<byte[], byte[]> routed = record;
    if (!target.equals(requested)) {
      routed = record.withHeaders(InternalHeaders.published(record.headers())
          .add(InternalHeaders.ROUTED_FROM, Routed.key(requested)));
      report = ReportIncident.newBuilder(report).setIncidentId(target).build();
    }
    forward(routed, target, codec.encode(report));
  }

  // The firing command's id is the resolution's correlation id: AlertIntake gives an episode one correlation.
  private void routeResolution(Record<byte[], byte[]> record, RecordAlertResolution resolution) {
    String target = reportRoutes.get(resolution.getMetadata().getCorrelationId());
    if (target == null) {
      context.forward(DeadLetters.of(context, record, "alerta resolvido " + resolution.getFingerprint()
          + " sem episódio disparado conhecido: nenhum incidente a registrar"));
      return;
    }
    forward(record, target, codec.encode(RecordAlertResolution.newBuilder(resolution).setIncidentId(target).build()));
  }

  private void closed(String component, String incidentId) {
    if (incidentId.equals(openIncidents.get(component))) {
      openIncidents.delete(component);
    }
  }

  // An incident on this task's partition (every incident the gateway opened for a report since issue 10) is decided here.
  private void forward(Record<byte[], byte[]> record, String incidentId, byte[] command) {
    Routed.Lane lane = Topics.INCIDENT_COMMANDS.partitionOf(incidentId) == context.taskId().partition()
        ? Routed.Standard.HERE : Routed.Standard.BY_AGGREGATE;
    context.forward(record.withKey(Routed.key(incidentId)).withValue(new Routed(lane, command)));
  }
}
