package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** A report of the same component arrived while the incident was open, and joined it; component is the incident's, as first reported. */
public record ReportJoined(
    Envelope envelope,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy) implements IncidentEvent {

  public ReportJoined {
    Objects.requireNonNull(envelope, "envelope");
  }
}
