package br.gov.es.prodest.npi007.incident.domain;

import java.util.Optional;

/** An incident that exists: open or closed. */
public sealed interface ExistingIncident extends IncidentState permits OpenIncident, ClosedIncident {

  IncidentFacts facts();

  IncidentStatus status();

  @Override
  default long version() {
    return facts().version();
  }

  @Override
  default Optional<IncidentStatus> currentStatus() {
    return Optional.of(status());
  }

  @Override
  default boolean applied(String commandId) {
    return facts().appliedCommands().containsKey(commandId);
  }

  /** The incident with these facts and this status: closed when the status is. */
  static ExistingIncident of(IncidentFacts facts, IncidentStatus status) {
    return status.closed() ? new ClosedIncident(facts, status) : new OpenIncident(facts, status);
  }
}
