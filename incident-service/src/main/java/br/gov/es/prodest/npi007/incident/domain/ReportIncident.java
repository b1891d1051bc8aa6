package br.gov.es.prodest.npi007.incident.domain;

import java.time.Instant;
import java.util.Objects;

/** Report a possible incident in a service of PRODEST, opening the incident {@code incidentId}. */
public record ReportIncident(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String incidentId,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy) implements IncidentCommand {

  public ReportIncident {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(source, "source");
  }
}
