package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.ReportIncident;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import br.gov.es.prodest.npi007.schemas.Topics;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Where the gateway's incident commands go: reports to the router by normalised component, the
 * rest to their incident. A command already on the partition it needs stays in this task (one
 * exactly-once hop): every command on an existing incident (keyed by its id), and a report whose new
 * incident lives on its component's partition ({@code IncidentPlacement}). Anything else goes
 * through the repartition topics.
 */
final class IncidentCommandRoute {

  private IncidentCommandRoute() {
  }

  static Record<byte[], Routed> of(IncidentCommand command, Record<byte[], byte[]> record, int partition) {
    if (command instanceof ReportIncident report && report.component() != null && !report.component().isBlank()) {
      String component = ComponentKey.of(report.component());
      return record.withKey(Routed.key(component)).withValue(new Routed(
          here(component, partition) ? IncidentLane.ROUTE_HERE : IncidentLane.BY_COMPONENT, record.value()));
    }
    return record.withValue(new Routed(
        here(command.incidentId(), partition) ? Routed.Standard.HERE : Routed.Standard.BY_AGGREGATE, record.value()));
  }

  // The partition a repartition by this key would reach is this task's own: no need to leave it.
  private static boolean here(String key, int partition) {
    return Topics.INCIDENT_COMMANDS.partitionOf(key) == partition;
  }
}
