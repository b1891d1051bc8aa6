package br.gov.es.prodest.npi007.incident.domain;

import java.util.Objects;

/** A report of the same component arrived while the incident was open, and joined it. */
public record ReportJoined(
    Envelope envelope,
    String organ,
    String description,
    ReportSource source,
    String reportedBy) implements IncidentEvent {

  public ReportJoined {
    Objects.requireNonNull(envelope, "envelope");
  }
}
