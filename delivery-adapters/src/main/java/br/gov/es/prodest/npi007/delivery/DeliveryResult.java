package br.gov.es.prodest.npi007.delivery;

import java.time.Duration;

/** What one attempt came to; see {@link DeliveryAdapter}. Reasons are in Brazilian Portuguese. */
public sealed interface DeliveryResult {

  /** The provider took the message; {@code providerMessageId} is its id for it, when it gave one. */
  record Accepted(String providerMessageId) implements DeliveryResult {
  }

  /**
   * The provider certainly did not take the message. {@code retryAfter} is the provider's own
   * {@code Retry-After} when it sent one (429, 503), else null.
   */
  record Refused(String reason, boolean retryable, Duration retryAfter) implements DeliveryResult {
  }

  /** The outcome is unknown: the message may have been delivered. Never repeated automatically. */
  record Uncertain(String reason) implements DeliveryResult {
  }
}
