package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.AggregateState;
import java.util.Optional;

/** What {@link Incident#decide} needs to know about one incident, folded from its events. */
public sealed interface IncidentState extends AggregateState permits NoIncident, ExistingIncident {

  /** Sequence of the incident's last event; 0 before it exists. */
  long version();

  /** The lifecycle status, once the incident exists. */
  Optional<IncidentStatus> currentStatus();

  /** True when one of the incident's events was caused by this command: the command is a retry. */
  boolean applied(String commandId);
}
