package br.gov.es.prodest.npi007.incident.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An incident that is still being handled.
 *
 * @param description     what the report said was seen, as reported
 * @param reportedBy      who reported it
 * @param appliedCommands ids of the commands that caused its events, to recognise retries
 */
public record OpenIncident(
    String incidentId,
    IncidentStatus status,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy,
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
