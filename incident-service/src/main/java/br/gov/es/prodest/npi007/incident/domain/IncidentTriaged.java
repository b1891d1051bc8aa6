package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** The team gave its verdict; carries the component so readers need no other event. */
public record IncidentTriaged(
    Envelope envelope,
    String component,
    Verdict verdict,
    String impact,
    String organ) implements IncidentEvent {

  public IncidentTriaged {
    Objects.requireNonNull(envelope, "envelope");
  }
}
