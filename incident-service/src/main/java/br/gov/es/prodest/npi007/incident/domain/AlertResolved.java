package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.Objects;

/** A monitoring alert about the incident's component resolved; evidence offered to the team. */
public record AlertResolved(
    Envelope envelope,
    String fingerprint,
    String alertName,
    Instant resolvedAt,
    String summary) implements IncidentEvent {

  public AlertResolved {
    Objects.requireNonNull(envelope, "envelope");
  }
}
