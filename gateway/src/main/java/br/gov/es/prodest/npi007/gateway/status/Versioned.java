package br.gov.es.prodest.npi007.gateway.status;

import java.time.Instant;

/**
 * An answer of the status read model with what a conditional GET compares: its last public change,
 * and an entity tag that is a hash of the data a page renders.
 *
 * @param lastChangedAt null when the service gives none
 * @param etag          quoted, as the ETag header carries it
 */
public record Versioned<T>(T value, Instant lastChangedAt, String etag) {
}
