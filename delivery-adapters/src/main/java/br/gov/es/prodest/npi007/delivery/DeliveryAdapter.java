package br.gov.es.prodest.npi007.delivery;

/**
 * One provider a message is delivered through. An implementation makes exactly one call to its
 * provider per {@link #deliver} (it never retries by itself: retries are the caller's, each one
 * recorded as an event first), bounds the call by its settings' timeout, and classifies the answer:
 * <ul>
 *   <li>{@link DeliveryResult.Accepted}: the provider took the message;</li>
 *   <li>{@link DeliveryResult.Refused}: the provider certainly did not take it (it answered with an
 *       error, or could not be reached at all); {@code retryable} says whether repeating can help;</li>
 *   <li>{@link DeliveryResult.Uncertain}: the request may have reached the provider but no answer
 *       came (a read timeout after the request was sent, a connection dropped mid-answer). The
 *       caller must not repeat it, or the message could be delivered twice.</li>
 * </ul>
 * Implementations are thread-safe and never throw for a provider's failure; they throw only for
 * a programming error (e.g. a channel they do not serve).
 */
public interface DeliveryAdapter {

  /** The provider's name as recorded on delivery events: {@code whatsapp-cloud-api}, {@code evolution-api}, {@code smtp} or {@code eml-file}. */
  String provider();

  /** The channel the adapter serves. */
  Channel channel();

  /** Makes one attempt. */
  DeliveryResult deliver(Delivery delivery);
}
