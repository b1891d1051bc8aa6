package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryLedger;
import br.gov.es.prodest.npi007.notification.delivery.domain.TargetProgress;
import br.gov.es.prodest.npi007.notification.delivery.domain.TargetProgress.Stage;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A notification's deliveries as the outbox shows them: each target's progress and every delivery
 * event, in the order of the notification's delivery stream.
 */
public record DeliveryView(DeliveryLedger ledger, List<DeliveryEvent> events) {

  public static final DeliveryView NONE = new DeliveryView(DeliveryLedger.EMPTY, List.of());

  public DeliveryView {
    events = List.copyOf(events);
  }

  /** The view after one more event; a repeat (at or below the last sequence) changes nothing. */
  DeliveryView after(DeliveryEvent event) {
    if (event.sequence() <= ledger.sequence()) {
      return this;
    }
    List<DeliveryEvent> next = new ArrayList<>(events);
    next.add(event);
    return new DeliveryView(ledger.after(event), next);
  }

  /** The outbox status: the first that holds of POSTED_MANUALLY … PENDING_REVIEW (CONTRACTS.md, "Outbox status"). */
  public NotificationStatus statusOver(NotificationStatus reviewed) {
    return NotificationStatus.outbox(reviewed, ledger.isDelivered(), any(Stage.DEAD), any(Stage.RETRY_DUE),
        any(Stage.STARTED));
  }

  private boolean any(Stage stage) {
    return ledger.targets().values().stream().map(TargetProgress::stage).anyMatch(stage::equals);
  }
}
