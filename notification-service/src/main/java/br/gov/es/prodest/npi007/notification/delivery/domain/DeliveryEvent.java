package br.gov.es.prodest.npi007.notification.delivery.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import java.time.Instant;

/**
 * What happened to a notification's deliveries (CONTRACTS.md, "Delivery"): each event has its
 * position in the notification's delivery stream and the wall-clock time of the attempt.
 */
public sealed interface DeliveryEvent {

  MessageRef message();

  long sequence();

  Instant occurredAt();

  /** The event's id, derived so that a rebuild or a retry names the same event. */
  String eventId();

  /** An event about one target. */
  sealed interface TargetEvent extends DeliveryEvent {
    DeliveryTarget target();
  }

  /** An attempt is about to be made: durable before the provider is called. */
  record DeliveryStarted(MessageRef message, long sequence, Instant occurredAt, DeliveryTarget target, int attempt)
      implements TargetEvent {
    @Override
    public String eventId() {
      return EventIds.named(target.deliveryId() + "/" + attempt + "/started");
    }
  }

  /** The provider took the message. */
  record DeliverySucceeded(MessageRef message, long sequence, Instant occurredAt, DeliveryTarget target, int attempt,
      String providerMessageId) implements TargetEvent {
    @Override
    public String eventId() {
      return EventIds.named(target.deliveryId() + "/" + attempt + "/succeeded");
    }
  }

  /** The provider certainly did not take it; retried at {@code nextAttemptAt} unless that is null. */
  record DeliveryFailed(MessageRef message, long sequence, Instant occurredAt, DeliveryTarget target, int attempt,
      String reason, boolean retryable, Instant nextAttemptAt) implements TargetEvent {
    @Override
    public String eventId() {
      return EventIds.named(target.deliveryId() + "/" + attempt + "/failed");
    }
  }

  /** Given up, for ASCOM: attempts exhausted, a permanent refusal, no recipient, or an unknown outcome. */
  record DeliveryDeadLettered(MessageRef message, long sequence, Instant occurredAt, DeliveryTarget target,
      int attempts, String reason, boolean uncertain) implements TargetEvent {
    @Override
    public String eventId() {
      return EventIds.named(target.deliveryId() + "/dead");
    }
  }

  /** The message reached every target, or ASCOM posted it by hand: once per notification. */
  record MessageDelivered(MessageRef message, long sequence, Instant occurredAt, boolean postedManually)
      implements DeliveryEvent {
    @Override
    public String eventId() {
      return EventIds.named(message.notificationId() + "/delivered");
    }
  }
}
