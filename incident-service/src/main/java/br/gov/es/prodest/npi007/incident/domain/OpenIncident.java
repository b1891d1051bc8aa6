package br.gov.es.prodest.npi007.incident.domain;

import java.util.Objects;

/** An incident that is still being handled: every status but NOT_CONFIRMED and RESTORED. */
public record OpenIncident(IncidentFacts facts, IncidentStatus status) implements ExistingIncident {

  public OpenIncident {
    Objects.requireNonNull(facts, "facts");
    if (status.closed()) {
      throw new IllegalArgumentException("um incidente aberto não pode estar " + status);
    }
  }
}
