package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** The service was restored and the incident closed; carries the component. */
public record ServiceRestored(
    Envelope envelope,
    String component,
    String note) implements IncidentEvent {

  public ServiceRestored {
    Objects.requireNonNull(envelope, "envelope");
  }
}
