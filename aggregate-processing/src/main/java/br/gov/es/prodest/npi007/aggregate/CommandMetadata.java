package br.gov.es.prodest.npi007.aggregate;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@link Command}'s metadata as one record, for commands that carry it so (ASCOM's, on a
 * notification); its events take their time from {@code issuedAt}.
 *
 * @param expectedVersion the version the issuer saw, or null to skip the check
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
