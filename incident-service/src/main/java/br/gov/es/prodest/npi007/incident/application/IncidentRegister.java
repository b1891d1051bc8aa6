package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Read model answering "which incidents are there, and where does each stand?". Folded from the
 * incident events; applying an event twice (same incident, same sequence) changes nothing, so it
 * can be rebuilt from offset zero at every start. Thread-safe: one feeder, any number of readers.
 */
public final class IncidentRegister {

  private static final Comparator<IncidentView> NEWEST_FIRST =
      Comparator.comparing(IncidentView::reportedAt).thenComparing(IncidentView::id).reversed();

  private final ConcurrentMap<String, IncidentView> incidents = new ConcurrentHashMap<>();

  public void apply(IncidentEvent event) {
    var envelope = event.envelope();
    incidents.compute(envelope.incidentId(), (id, current) -> {
      if (current != null && envelope.sequence() <= current.version()) {
        return current;
      }
      return fold(current, event);
    });
  }

  public Optional<IncidentView> find(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId));
  }

  /** The incidents the filter matches, newest report first. */
  public List<IncidentView> list(IncidentFilter filter) {
    return incidents.values().stream().filter(filter::matches).sorted(NEWEST_FIRST).toList();
  }

  private static IncidentView fold(IncidentView current, IncidentEvent event) {
    if (event instanceof IncidentReported reported && current == null) {
      return IncidentView.openedBy(reported);
    }
    return current;
  }
}
