package br.gov.es.prodest.npi007.notification.outbox.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a notification's deliveries have come to, as ASCOM's commands must know it: each target's
 * stage and whether the message reached every target, folded from the delivery stream (CONTRACTS.md,
 * "Delivery") by the task that decides the notification's commands. Events at or below the last
 * sequence are repeats and change nothing.
 *
 * @param stages    each target's stage, by delivery id
 * @param delivered the message reached every target (MessageDelivered)
 * @param sequence  the last delivery event's position in the notification's delivery stream
 */
public record DeliveryProgress(Map<String, Stage> stages, boolean delivered, long sequence) {

  /** No delivery began. */
  public static final DeliveryProgress NONE = new DeliveryProgress(Map.of(), false, 0);

  /** A target's stage, as the delivery events leave it. */
  public enum Stage {
    /** An attempt started and its outcome is not recorded. */
    STARTED,
    /** Refused; it is tried again later. */
    RETRY_DUE,
    /** The provider took it. */
    SUCCEEDED,
    /** Given up. */
    DEAD
  }

  public DeliveryProgress {
    stages = Map.copyOf(stages);
  }

  /** The progress after a target's event at {@code eventSequence}. */
  public DeliveryProgress after(long eventSequence, String deliveryId, Stage stage) {
    if (eventSequence <= sequence) {
      return this;
    }
    Map<String, Stage> next = new LinkedHashMap<>(stages);
    next.put(deliveryId, stage);
    return new DeliveryProgress(next, delivered, eventSequence);
  }

  /** The progress after the message reached every target (or was posted by hand) at {@code eventSequence}. */
  public DeliveryProgress deliveredAt(long eventSequence) {
    return eventSequence <= sequence ? this : new DeliveryProgress(stages, true, eventSequence);
  }

  /** The outbox status over the status the notification's own events give (CONTRACTS.md, "Outbox status"). */
  public NotificationStatus statusOver(NotificationStatus reviewed) {
    return NotificationStatus.outbox(reviewed, delivered, stages.containsValue(Stage.DEAD),
        stages.containsValue(Stage.RETRY_DUE), stages.containsValue(Stage.STARTED));
  }
}
