package br.gov.es.prodest.npi007.incident.messages.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.avro.notification.DeliveryFailed;
import br.gov.es.prodest.npi007.avro.notification.DeliveryStarted;
import br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded;
import br.gov.es.prodest.npi007.avro.notification.DeliveryTarget;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRef;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.application.ObservedMessageEvent;
import br.gov.es.prodest.npi007.incident.messages.domain.DeliveryStatus;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** The deliveries topic's records (attempts and outcomes) as the incident's messages read them. */
final class DeliveryWire {

  private DeliveryWire() {
  }

  /** The event a delivery record is; empty for a record of another kind. */
  static Optional<ObservedMessageEvent> observed(SpecificRecord record) {
    if (record instanceof DeliveryStarted s) {
      return Optional.of(attempt(s.getEnvelope(), s.getMessage(), "DeliveryStarted",
          target(s.getTarget(), s.getAttempt()), s.getTarget(), s.getAttempt(), DeliveryStatus.SENT));
    } else if (record instanceof DeliverySucceeded s) {
      Map<String, Object> details = target(s.getTarget(), s.getAttempt());
      details.put("providerMessageId", s.getProviderMessageId());
      return Optional.of(attempt(s.getEnvelope(), s.getMessage(), "DeliverySucceeded", details, s.getTarget(),
          s.getAttempt(), DeliveryStatus.DELIVERED));
    } else if (record instanceof DeliveryFailed f) {
      Map<String, Object> details = target(f.getTarget(), f.getAttempt());
      details.put("reason", f.getReason());
      details.put("retryable", f.getRetryable());
      details.put("nextAttemptAt", f.getNextAttemptAt() == null ? null : f.getNextAttemptAt().toString());
      return Optional.of(attempt(f.getEnvelope(), f.getMessage(), "DeliveryFailed", details, f.getTarget(),
          f.getAttempt(), DeliveryStatus.FAILED));
    } else if (record instanceof DeliveryDeadLettered d) {
      Map<String, Object> details = target(d.getTarget());
      details.put("attempts", d.getAttempts());
      details.put("reason", d.getReason());
      details.put("uncertain", d.getUncertain());
      return Optional.of(attempt(d.getEnvelope(), d.getMessage(), "DeliveryDeadLettered", details, d.getTarget(),
          d.getAttempts(), DeliveryStatus.DEAD));
    } else if (record instanceof MessageDelivered m) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("postedManually", m.getPostedManually());
      return Optional.of(event(m.getEnvelope(), m.getMessage(), "MessageDelivered", details,
          new MessageFact.Delivered(m.getEnvelope().getOccurredAt(), m.getPostedManually())));
    }
    return Optional.empty();
  }

  private static ObservedMessageEvent attempt(EventEnvelope envelope, MessageRef message, String type,
      Map<String, Object> details, DeliveryTarget target, int attempt, DeliveryStatus state) {
    return event(envelope, message, type, details, new MessageFact.Attempt(target.getDeliveryId(), attempt, state));
  }

  private static ObservedMessageEvent event(EventEnvelope envelope, MessageRef message, String type,
      Map<String, Object> details, MessageFact fact) {
    return OutboxWire.event(TimelineEntry.Kind.DELIVERY, envelope, message.getIncidentId(), message.getMessageId(),
        type, details, fact);
  }

  private static Map<String, Object> target(DeliveryTarget target, int attempt) {
    Map<String, Object> details = target(target);
    details.put("attempt", attempt);
    return details;
  }

  private static Map<String, Object> target(DeliveryTarget target) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("deliveryId", target.getDeliveryId());
    details.put("channel", target.getChannel().name());
    details.put("provider", target.getProvider());
    details.put("recipient", target.getRecipient());
    return details;
  }
}
