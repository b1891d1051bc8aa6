package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;
import java.util.Objects;

/**
 * The team makes a functional unit responsible for the incident, or hands it to another (issue 15;
 * NPI-007 section 4 and "a equipe responsável pela tratativa do incidente" of 5.2). The unit is a
 * code of the unit catalogue, which the gateway checks before it sends the command.
 */
public record AssignIncident(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String incidentId,
    String unit,
    String note) implements IncidentCommand {

  public AssignIncident {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(incidentId, "incidentId");
  }
}
