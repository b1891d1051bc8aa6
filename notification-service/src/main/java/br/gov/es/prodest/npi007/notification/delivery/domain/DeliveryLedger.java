package br.gov.es.prodest.npi007.notification.delivery.domain;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.TargetEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notification's delivery stream folded: each target's progress, whether the message was
 * delivered, and the last sequence. Events at or below the last sequence are repeats and change nothing.
 */
public record DeliveryLedger(Map<String, TargetProgress> targets, MessageDelivered delivered, long sequence) {

  public static final DeliveryLedger EMPTY = new DeliveryLedger(Map.of(), null, 0);

  public DeliveryLedger {
    targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
  }

  public DeliveryLedger after(DeliveryEvent event) {
    if (event.sequence() <= sequence) {
      return this;
    }
    if (event instanceof MessageDelivered delivery) {
      return new DeliveryLedger(targets, delivery, event.sequence());
    }
    TargetEvent targetEvent = (TargetEvent) event;
    Map<String, TargetProgress> next = new LinkedHashMap<>(targets);
    String id = targetEvent.target().deliveryId();
    next.put(id, next.getOrDefault(id, TargetProgress.pending(targetEvent.target())).after(targetEvent));
    return new DeliveryLedger(next, delivered, event.sequence());
  }

  public TargetProgress progressOf(DeliveryTarget target) {
    return targets.getOrDefault(target.deliveryId(), TargetProgress.pending(target));
  }

  public boolean isDelivered() {
    return delivered != null;
  }
}
