package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;
import java.util.Objects;

/**
 * Management posts a statement in the group. NPI-007 5.2.3.
 *
 * @param office who speaks (issue 15), or null when not said
 * @param unit   the code of the unit the speaker speaks for, or null when not said
 */
public record PostStatement(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String incidentId,
    StatementKind kind,
    String text,
    SpeakerOffice office,
    String unit) implements IncidentCommand {

  public PostStatement {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(incidentId, "incidentId");
  }

  /** A statement that does not say who speaks. */
  public PostStatement(String commandId, String correlationId, Instant issuedAt, Actor actor, Origin origin,
      Long expectedVersion, String incidentId, StatementKind kind, String text) {
    this(commandId, correlationId, issuedAt, actor, origin, expectedVersion, incidentId, kind, text, null, null);
  }
}
