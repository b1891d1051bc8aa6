package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;
import java.util.Objects;

/**
 * Link the SA the organ opened to the incident. NPI-007 5.2.2.1.
 *
 * @param groupPost the post of the WhatsApp group that carried the SA number, when it came from one
 *                  (issue 14); {@link GroupPostEvidence#NONE} for the API and the service desk
 */
public record LinkServiceRequest(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String incidentId,
    String saNumber,
    GroupPostEvidence groupPost) implements IncidentCommand {

  /** A link from the API or the service desk: no post behind it. */
  public LinkServiceRequest(String commandId, String correlationId, Instant issuedAt, Actor actor, Origin origin,
      Long expectedVersion, String incidentId, String saNumber) {
    this(commandId, correlationId, issuedAt, actor, origin, expectedVersion, incidentId, saNumber,
        GroupPostEvidence.NONE);
  }

  public LinkServiceRequest {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(incidentId, "incidentId");
    groupPost = GroupPostEvidence.orNone(groupPost);
  }
}
