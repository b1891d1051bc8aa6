package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;
import java.util.Objects;

/**
 * Record that message 6.1 reached the group (delivered, or posted by ASCOM by hand): the client's
 * report was acknowledged and the SA number is awaited. NPI-007 5.2.2.1.
 *
 * @param notificationId the 6.1 notification that was delivered
 */
public record RecordAcknowledgement(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String incidentId,
    String notificationId) implements IncidentCommand {

  public RecordAcknowledgement {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(incidentId, "incidentId");
  }
}
