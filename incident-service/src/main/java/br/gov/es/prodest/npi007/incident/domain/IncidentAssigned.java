package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/**
 * A functional unit became responsible for the incident (issue 15).
 *
 * @param previousUnit the unit responsible before, or null for the first assignment
 */
public record IncidentAssigned(
    Envelope envelope,
    String unit,
    String note,
    String previousUnit) implements IncidentEvent {

  public IncidentAssigned {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(unit, "unit");
  }
}
