package br.gov.es.prodest.npi007.incident.timeline.application;

import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An incident's whole timeline (PRODUCT.md, "Audit and replay"): its events, every rendered
 * message and every delivery attempt, by time. The incident's events keep their sequence order
 * among themselves. At equal times an event comes before a message (rendered at the time of the
 * event that called for it) and after a delivery (6.1 delivered is recorded at the delivery's time).
 */
public final class IncidentTimeline {

  private final IncidentRegister register;
  private final IncidentMessages messages;

  public IncidentTimeline(IncidentRegister register, IncidentMessages messages) {
    this.register = register;
    this.messages = messages;
  }

  /** The entries of these kinds, or empty when there is no such incident. */
  public Optional<List<TimelineEntry>> of(String incidentId, Set<TimelineEntry.Kind> kinds) {
    return register.timeline(incidentId).map(events -> merge(events, messages.timelineOf(incidentId)).stream()
        .filter(entry -> kinds.contains(entry.kind())).toList());
  }

  // Both lists are in order already: a merge keeps each one's own order.
  private static List<TimelineEntry> merge(List<TimelineEntry> events, List<TimelineEntry> others) {
    List<TimelineEntry> merged = new ArrayList<>(events.size() + others.size());
    int e = 0;
    int o = 0;
    while (e < events.size() || o < others.size()) {
      boolean eventFirst = o == others.size() || e < events.size() && before(events.get(e), others.get(o));
      merged.add(eventFirst ? events.get(e++) : others.get(o++));
    }
    return merged;
  }

  private static boolean before(TimelineEntry event, TimelineEntry other) {
    int byTime = event.occurredAt().compareTo(other.occurredAt());
    return byTime < 0 || byTime == 0 && other.kind() == TimelineEntry.Kind.MESSAGE;
  }
}
