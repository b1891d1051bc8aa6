package br.gov.es.prodest.npi007.incident.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An incident that is still being handled.
 *
 * @param appliedCommands ids of the commands that caused its events, to recognise retries
 */
public record OpenIncident(
    String incidentId,
    IncidentStatus status,
    String component,
    String organ,
    ReportSource source,
    long version,
    Set<String> appliedCommands) implements IncidentState {

  public OpenIncident {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(status, "status");
    appliedCommands = Set.copyOf(appliedCommands);
  }

  @Override
  public Optional<IncidentStatus> currentStatus() {
    return Optional.of(status);
  }

  @Override
  public boolean applied(String commandId) {
    return appliedCommands.contains(commandId);
  }
}
