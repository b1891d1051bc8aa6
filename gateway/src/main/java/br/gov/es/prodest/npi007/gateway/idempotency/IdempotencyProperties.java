package br.gov.es.prodest.npi007.gateway.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long, and for how many keys, the gateway remembers which request body a key was first used with.
 *
 * @param retention  how long a key's fingerprint is kept
 * @param maxEntries at most this many keys are remembered; the oldest are forgotten first
 */
@ConfigurationProperties("npi007.idempotency")
public record IdempotencyProperties(
    @DefaultValue("24h") Duration retention,
    @DefaultValue("5000") int maxEntries) {
}
