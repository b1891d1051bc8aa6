package br.gov.es.prodest.npi007.incident.messages.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message of the outbox, folded from its notification and delivery events in whatever order
 * the two topics arrive: each fact only adds to what is known.
 *
 * @param messageId   6.1 … 6.6, null until the rendering is seen
 * @param incidentId  the incident the message is about, null when none (or not yet known)
 * @param renderedAt  the causing event's time, null until the rendering is seen
 * @param reachedAt   when it was delivered to every target or posted by hand, else null
 * @param targets     each delivery target's latest attempt and state, by delivery id
 */
public record MessageProgress(
    String notificationId,
    String messageId,
    String incidentId,
    Instant renderedAt,
    boolean reviewRequired,
    boolean approved,
    boolean postedManually,
    Instant reachedAt,
    Map<String, Target> targets) {

  /** The latest attempt of one target and its state. */
  public record Target(int attempt, DeliveryStatus state) {

    boolean after(Target other) {
      return attempt != other.attempt ? attempt > other.attempt : state.ordinal() > other.state.ordinal();
    }
  }

  public MessageProgress {
    Objects.requireNonNull(notificationId, "notificationId");
    targets = Map.copyOf(targets);
  }

  /** A message nothing is known of yet. */
  public static MessageProgress of(String notificationId) {
    return new MessageProgress(notificationId, null, null, null, true, false, false, null, Map.of());
  }

  public MessageProgress after(MessageFact fact) {
    if (fact instanceof MessageFact.Rendered r) {
      return new MessageProgress(notificationId, r.messageId(), r.incidentId(), r.renderedAt(), r.reviewRequired(),
          approved || !r.reviewRequired(), postedManually, reachedAt, targets);
    } else if (fact instanceof MessageFact.Approved) {
      return new MessageProgress(notificationId, messageId, incidentId, renderedAt, reviewRequired, true,
          postedManually, reachedAt, targets);
    } else if (fact instanceof MessageFact.PostedManually posted) {
      return reached(posted.at(), true);
    } else if (fact instanceof MessageFact.Delivered delivered) {
      return reached(delivered.at(), delivered.postedManually());
    } else if (fact instanceof MessageFact.Attempt attempt) {
      return withAttempt(attempt);
    }
    return this;
  }

  /** CONTRACTS.md, "Outbox status": the first that holds. */
  public OutboxStatus status() {
    if (postedManually) {
      return OutboxStatus.POSTED_MANUALLY;
    } else if (reachedAt != null) {
      return OutboxStatus.DELIVERED;
    } else if (anyTarget(DeliveryStatus.DEAD)) {
      return OutboxStatus.DEAD;
    } else if (anyTarget(DeliveryStatus.FAILED)) {
      return OutboxStatus.FAILED;
    } else if (anyTarget(DeliveryStatus.SENT)) {
      return OutboxStatus.SENT;
    }
    return approved ? OutboxStatus.APPROVED : OutboxStatus.PENDING_REVIEW;
  }

  private boolean anyTarget(DeliveryStatus state) {
    return targets.values().stream().anyMatch(target -> target.state() == state);
  }

  // The first time it reached them counts; a later "posted" still marks it as posted by hand.
  private MessageProgress reached(Instant at, boolean byHand) {
    Instant first = reachedAt == null || at.isBefore(reachedAt) ? at : reachedAt;
    return new MessageProgress(notificationId, messageId, incidentId, renderedAt, reviewRequired, approved,
        postedManually || byHand, first, targets);
  }

  private MessageProgress withAttempt(MessageFact.Attempt attempt) {
    Target next = new Target(attempt.attempt(), attempt.state());
    Target current = targets.get(attempt.deliveryId());
    if (current != null && !next.after(current)) {
      return this;
    }
    Map<String, Target> updated = new HashMap<>(targets);
    updated.put(attempt.deliveryId(), next);
    return new MessageProgress(notificationId, messageId, incidentId, renderedAt, reviewRequired, approved,
        postedManually, reachedAt, updated);
  }
}
