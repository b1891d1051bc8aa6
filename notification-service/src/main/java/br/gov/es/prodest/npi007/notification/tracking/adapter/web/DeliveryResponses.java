package br.gov.es.prodest.npi007.notification.tracking.adapter.web;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryFailed;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.TargetEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.TargetProgress;
import br.gov.es.prodest.npi007.notification.tracking.adapter.web.NotificationResponse.ActorResponse;
import br.gov.es.prodest.npi007.notification.tracking.adapter.web.NotificationResponse.HistoryResponse;
import br.gov.es.prodest.npi007.notification.tracking.application.DeliveryView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A notification's deliveries as the internal API shows them (CONTRACTS.md, "Outbox status"). */
final class DeliveryResponses {

  private static final ActorResponse SELF = new ActorResponse("notification-service", "SYSTEM", null);

  private DeliveryResponses() {
  }

  /** One delivery of the notification. */
  record DeliveryResponse(String deliveryId, String channel, String provider, String recipient, String status,
      int attempts, String lastReason, String nextAttemptAt, String providerMessageId, boolean uncertain) {
  }

  static List<DeliveryResponse> deliveries(DeliveryView view) {
    return view.ledger().targets().values().stream().map(DeliveryResponses::delivery).toList();
  }

  static List<HistoryResponse> history(DeliveryView view) {
    return view.events().stream().map(DeliveryResponses::entry).toList();
  }

  private static DeliveryResponse delivery(TargetProgress progress) {
    String status = switch (progress.stage()) {
      case PENDING, STARTED -> "SENT";
      case RETRY_DUE -> "FAILED";
      case SUCCEEDED -> "DELIVERED";
      case DEAD -> "DEAD";
    };
    return new DeliveryResponse(progress.target().deliveryId(), progress.target().channel().name(),
        progress.target().provider(), progress.target().recipient(), status, progress.attempts(),
        progress.lastReason(), Objects.toString(progress.nextAttemptAt(), null), progress.providerMessageId(),
        progress.uncertain());
  }

  private static HistoryResponse entry(DeliveryEvent event) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (event instanceof TargetEvent target) {
      details.put("deliveryId", target.target().deliveryId());
      details.put("channel", target.target().channel().name());
      details.put("provider", target.target().provider());
      details.put("recipient", target.target().recipient());
    }
    if (event instanceof DeliveryStarted e) {
      details.put("attempt", e.attempt());
    } else if (event instanceof DeliverySucceeded e) {
      details.put("attempt", e.attempt());
      details.put("providerMessageId", e.providerMessageId());
    } else if (event instanceof DeliveryFailed e) {
      details.put("attempt", e.attempt());
      details.put("reason", e.reason());
      details.put("retryable", e.retryable());
      details.put("nextAttemptAt", Objects.toString(e.nextAttemptAt(), null));
    } else if (event instanceof DeliveryDeadLettered e) {
      details.put("attempts", e.attempts());
      details.put("reason", e.reason());
      details.put("uncertain", e.uncertain());
    } else if (event instanceof MessageDelivered e) {
      details.put("postedManually", e.postedManually());
    }
    return new HistoryResponse(event.sequence(), event.getClass().getSimpleName(), event.occurredAt().toString(),
        SELF, details);
  }
}
