package br.gov.es.prodest.npi007.notification.delivery.domain;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryFailed;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.TargetEvent;
import java.time.Instant;

/**
 * Where one delivery stands, folded from its events.
 *
 * @param nextAttemptAt when a retry is due ({@link Stage#RETRY_DUE}), else null
 */
public record TargetProgress(DeliveryTarget target, Stage stage, int attempts, String lastReason,
    Instant nextAttemptAt, String providerMessageId, boolean uncertain) {

  /** The stages of a delivery. */
  public enum Stage {
    /** Not attempted yet. */
    PENDING,
    /** An attempt started and its outcome is not recorded (in flight, or unknown after a stop). */
    STARTED,
    /** Refused; tried again at {@code nextAttemptAt}. */
    RETRY_DUE,
    /** The provider took it. */
    SUCCEEDED,
    /** Given up. */
    DEAD
  }

  public static TargetProgress pending(DeliveryTarget target) {
    return new TargetProgress(target, Stage.PENDING, 0, null, null, null, false);
  }

  /** The progress after one of its events. */
  public TargetProgress after(TargetEvent event) {
    if (event instanceof DeliveryStarted e) {
      return new TargetProgress(e.target(), Stage.STARTED, e.attempt(), lastReason, null, null, false);
    } else if (event instanceof DeliverySucceeded e) {
      return new TargetProgress(target, Stage.SUCCEEDED, e.attempt(), lastReason, null, e.providerMessageId(), false);
    } else if (event instanceof DeliveryFailed e) {
      // a failure with no next attempt is followed by its dead letter in the same transaction
      Stage stage = e.nextAttemptAt() == null ? Stage.STARTED : Stage.RETRY_DUE;
      return new TargetProgress(target, stage, e.attempt(), e.reason(), e.nextAttemptAt(), null, false);
    } else if (event instanceof DeliveryDeadLettered e) {
      return new TargetProgress(target, Stage.DEAD, e.attempts(), e.reason(), null, null, e.uncertain());
    }
    throw new IllegalArgumentException("evento de entrega desconhecido: " + event);
  }

  /** True when nothing more will happen to it. */
  public boolean settled() {
    return stage == Stage.SUCCEEDED || stage == Stage.DEAD;
  }
}
