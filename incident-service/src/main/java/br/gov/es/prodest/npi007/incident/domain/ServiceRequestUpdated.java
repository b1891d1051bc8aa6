package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** The service desk reported a change of the incident's SA. */
public record ServiceRequestUpdated(
    Envelope envelope,
    String saNumber,
    ServiceRequestState state,
    String summary) implements IncidentEvent {

  public ServiceRequestUpdated {
    Objects.requireNonNull(envelope, "envelope");
  }
}
