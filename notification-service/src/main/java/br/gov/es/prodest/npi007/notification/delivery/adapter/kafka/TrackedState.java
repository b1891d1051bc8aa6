package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;

/**
 * A notification's delivery state and the sequence of the last notification event folded into it:
 * a notification event at or below it is a repeat (the delivery ledger keeps its own sequence), so
 * records read twice, by the store or by the engine's consumer, are applied once.
 */
record TrackedState(DeliveryState state, long version) {

  static final TrackedState NONE = new TrackedState(DeliveryState.NONE, 0);

  boolean knows(NotificationEvent event) {
    return event.envelope().sequence() <= version;
  }

  boolean knows(DeliveryEvent event) {
    return event.sequence() <= state.ledger().sequence();
  }

  TrackedState after(NotificationEvent event) {
    return knows(event) ? this : new TrackedState(state.after(event), event.envelope().sequence());
  }

  TrackedState after(DeliveryEvent event) {
    return knows(event) ? this : new TrackedState(state.after(event), version);
  }
}
