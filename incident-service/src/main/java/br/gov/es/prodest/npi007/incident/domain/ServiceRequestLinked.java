package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** The SA was linked to the incident; the team can analyse it. */
public record ServiceRequestLinked(
    Envelope envelope,
    String saNumber) implements IncidentEvent {

  public ServiceRequestLinked {
    Objects.requireNonNull(envelope, "envelope");
  }
}
