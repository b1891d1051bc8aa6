package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** A possible incident was reported and the incident opened. */
public record IncidentReported(
    Envelope envelope,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy) implements IncidentEvent {

  public IncidentReported {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(source, "source");
  }

  /** The status the incident opened with. */
  public IncidentStatus status() {
    return IncidentStatus.openedBy(source);
  }
}
