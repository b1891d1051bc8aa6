package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.MaintenanceLinked;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Read model answering "which incidents are there, where does each stand, and what happened to
 * it?". Folded from the incident events; applying an event twice (same incident, same sequence)
 * changes nothing, so it can be rebuilt from offset zero at every start. Thread-safe: one feeder,
 * any number of readers.
 */
public final class IncidentRegister {

  private static final Comparator<IncidentView> NEWEST_FIRST =
      Comparator.comparing(IncidentView::reportedAt).thenComparing(IncidentView::id).reversed();

  private final ConcurrentMap<String, Entry> incidents = new ConcurrentHashMap<>();

  private record Entry(IncidentView view, List<TimelineEntry> timeline, List<IncidentEvent> history) {
  }

  public void apply(IncidentEvent event) {
    var envelope = event.envelope();
    incidents.compute(envelope.incidentId(), (id, current) -> {
      if (current == null ? !(event instanceof IncidentReported) : envelope.sequence() != current.view().version() + 1) {
        return current;
      }
      List<TimelineEntry> timeline = new ArrayList<>(current == null ? List.of() : current.timeline());
      timeline.add(TimelineEntry.of(event));
      List<IncidentEvent> history = new ArrayList<>(current == null ? List.of() : current.history());
      history.add(event);
      return new Entry(fold(current == null ? null : current.view(), event), List.copyOf(timeline),
          List.copyOf(history));
    });
  }

  public Optional<IncidentView> find(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).map(Entry::view);
  }

  /** The incident's events, in sequence order, or empty when there is no such incident. */
  public Optional<List<TimelineEntry>> timeline(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).map(Entry::timeline);
  }

  /** The incident's events, in sequence order, or empty when there is no such incident. */
  public Optional<List<IncidentEvent>> history(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).map(Entry::history);
  }

  /** The incidents the filter matches, newest report first. */
  public List<IncidentView> list(IncidentFilter filter) {
    return incidents.values().stream().map(Entry::view).filter(filter::matches).sorted(NEWEST_FIRST).toList();
  }

  private static IncidentView fold(IncidentView current, IncidentEvent event) {
    var envelope = event.envelope();
    if (current == null) {
      return IncidentView.openedBy((IncidentReported) event);
    }
    IncidentView view = current.at(envelope.sequence(), envelope.occurredAt());
    if (event instanceof ServiceRequestLinked linked) {
      IncidentView withSa = view.withServiceRequest(linked.saNumber());
      return view.status().awaitsTriage() ? withSa.withStatus(IncidentStatus.UNDER_ANALYSIS) : withSa;
    } else if (event instanceof IncidentTriaged triaged) {
      return view.withVerdict(triaged.verdict(), triaged.impact(), triaged.organ());
    } else if (event instanceof ServiceRestored) {
      return view.withStatus(IncidentStatus.RESTORED);
    } else if (event instanceof MaintenanceLinked linked) {
      return view.withMaintenance(linked.maintenanceId());
    } else if (event instanceof ReportAcknowledged) {
      return view.status() == IncidentStatus.REPORTED ? view.withStatus(IncidentStatus.AWAITING_SA) : view;
    }
    return view;
  }
}
