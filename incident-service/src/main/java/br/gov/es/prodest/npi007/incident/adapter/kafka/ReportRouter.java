package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.avro.incident.RecordAlertResolution;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.incident.domain.IncidentClosure;
import br.gov.es.prodest.npi007.incident.domain.ReportRoute;
import br.gov.es.prodest.npi007.incident.domain.ReportRouting;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by normalised component: keeps each component's open incident and where each report went,
 * and sends every report where {@link ReportRouting} says (a second report joins the open
 * incident). A resolved alert reaches the incident its firing episode opened or joined. Learns
 * closures ({@link IncidentClosure}) from the incident events that {@link IncidentEventFeedback} sends.
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
    } else {
      closure(value).ifPresent(closure -> closed(component, closure));
    }
  }

  private void route(Record<byte[], byte[]> record, String component, ReportIncident report) {
    String commandId = report.getMetadata().getCommandId();
    String requested = report.getIncidentId();
    ReportRoute route = ReportRouting.route((br.gov.es.prodest.npi007.incident.domain.ReportIncident)
        IncidentWire.INSTANCE.toCommand(report), reportRoutes.get(commandId), openIncidents.get(component));
    String target = route.incidentId();
    if (route instanceof ReportRoute.Opens) {
      openIncidents.put(component, target);
    }
    if (route.remembered()) {
      reportRoutes.putIfAbsent(commandId, target);
    }
    Record<byte[], byte[]> routed = record;
    if (!target.equals(requested)) {
      routed = record.withHeaders(InternalHeaders.published(record.headers())
          .add(InternalHeaders.ROUTED_FROM, Routed.key(requested)));
      report = ReportIncident.newBuilder(report).setIncidentId(target).build();
    }
    forward(routed, target, route.remembered() ? codec.encode(report) : record.value());
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

  // Only closing events reach here besides reports and resolutions; anything else passes by, as it always did.
  private static Optional<IncidentClosure> closure(SpecificRecord value) {
    try {
      return IncidentClosure.by(IncidentWire.INSTANCE.toEvent(value));
    } catch (UndecodableRecordException e) {
      return Optional.empty();
    }
  }

  private void closed(String component, IncidentClosure closure) {
    if (ReportRouting.frees(closure, openIncidents.get(component))) {
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
