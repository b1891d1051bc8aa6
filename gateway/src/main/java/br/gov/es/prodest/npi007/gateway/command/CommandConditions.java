package br.gov.es.prodest.npi007.gateway.command;

/**
 * What the headers of a command's request say about it.
 *
 * @param idempotencyKey  the {@code Idempotency-Key}, or null
 * @param expectedVersion the version {@code If-Match} names, or null
 */
public record CommandConditions(String idempotencyKey, Long expectedVersion) {
}
