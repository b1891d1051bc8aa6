package br.gov.es.prodest.npi007.incident.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An incident closed by one of its events, and the component that has no open incident since: the
 * team found no incident (6.2, NPI-007 5.2.2.2) or the service was restored (6.4, NPI-007 5.2.2.5).
 * Which statuses are closed is {@link IncidentStatus#closed()}'s to say.
 */
public record IncidentClosure(String incidentId, String component) {

  public IncidentClosure {
    Objects.requireNonNull(incidentId, "incidentId");
  }

  /** The closure this event makes, if it closes its incident. */
  public static Optional<IncidentClosure> by(IncidentEvent event) {
    if (event instanceof IncidentTriaged triaged) {
      return closing(event, triaged.verdict().status(), triaged.component());
    } else if (event instanceof ServiceRestored restored) {
      return closing(event, IncidentStatus.RESTORED, restored.component());
    }
    return Optional.empty();
  }

  private static Optional<IncidentClosure> closing(IncidentEvent event, IncidentStatus after, String component) {
    return after.closed() ? Optional.of(new IncidentClosure(event.envelope().aggregateId(), component)) : Optional.empty();
  }
}
