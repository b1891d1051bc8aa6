package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;
import java.util.Objects;

/**
 * What every command carries besides its payload; its events take their time from {@code issuedAt}.
 *
 * @param expectedVersion the notification version the issuer saw, or null to skip the check
 */
public record CommandMetadata(String commandId, String correlationId, Instant issuedAt, Actor actor, Origin origin,
    Long expectedVersion) {

  public CommandMetadata {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
  }
}
