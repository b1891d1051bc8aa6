package br.gov.es.prodest.npi007.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long, and for how many credentials, the gateway trusts a password check it has already made.
 * A changed password or role needs no wait: the user (and its stored hash) is looked up on every
 * request; only the hash comparison of an unchanged pair is skipped.
 *
 * @param ttl        how long an accepted (hash, password) pair is trusted without a new hash check
 * @param maxEntries at most this many pairs are remembered; the oldest are forgotten first
 */
@ConfigurationProperties("npi007.security.verified-credentials")
public record VerifiedCredentialsProperties(
    @DefaultValue("10m") Duration ttl,
    @DefaultValue("4096") int maxEntries) {
}
