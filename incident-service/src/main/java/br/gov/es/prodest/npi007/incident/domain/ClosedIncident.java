package br.gov.es.prodest.npi007.incident.domain;

import java.util.Objects;

/** An incident that was not confirmed or whose service was restored: it only takes records and the restoration statement. */
public record ClosedIncident(IncidentFacts facts, IncidentStatus status) implements ExistingIncident {

  public ClosedIncident {
    Objects.requireNonNull(facts, "facts");
    if (!status.closed()) {
      throw new IllegalArgumentException("um incidente encerrado não pode estar " + status);
    }
  }
}
