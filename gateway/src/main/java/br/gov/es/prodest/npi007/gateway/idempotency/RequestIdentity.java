package br.gov.es.prodest.npi007.gateway.idempotency;

import java.util.UUID;

/**
 * The ids a request gives its command: the command's own id and, for a command that creates an
 * aggregate, the new aggregate's id. With an Idempotency-Key both are derived from the key, so a
 * retry names the same command and the same aggregate.
 */
public record RequestIdentity(UUID commandId, UUID newAggregateId) {
}
