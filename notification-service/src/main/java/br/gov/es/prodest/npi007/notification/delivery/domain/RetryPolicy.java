package br.gov.es.prodest.npi007.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a refused attempt is tried again: after {@code initialBackoff}, doubling each time up to
 * {@code maxBackoff}, or after the provider's {@code Retry-After} when that is longer; never after
 * {@code maxAttempts} attempts.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("NPI007_DELIVERY_MAX_ATTEMPTS deve ser ao menos 1");
    }
  }

  /** The wait after the given attempt failed: initial × 2^(attempt − 1), at most the maximum. */
  public Duration backoff(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  /** When the next attempt is due, or null when the attempts are exhausted. */
  public Instant nextAttemptAt(Instant now, int attempt, Duration retryAfter) {
    if (attempt >= maxAttempts) {
      return null;
    }
    Duration wait = backoff(attempt);
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    return now.plus(wait);
  }
}
