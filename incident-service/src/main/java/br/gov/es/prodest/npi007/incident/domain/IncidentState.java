package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.AggregateState;
import java.util.Optional;

/** What {@link Incident#decide} needs to know about one incident, folded from its events. */
public sealed interface IncidentState extends AggregateState permits NoIncident, ExistingIncident {

  /** The lifecycle status, once the incident exists. */
  default Optional<IncidentStatus> currentStatus() {
    return Optional.empty();
  }
}
