package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryFailed;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import br.gov.es.prodest.npi007.notification.delivery.domain.MessageRef;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;

/** The delivery events, domain to wire records (Avro) and back. */
public final class DeliveryWire {

  private static final Actor SELF = new Actor(Topics.NOTIFICATION_SERVICE, Role.SYSTEM, null, null);

  private DeliveryWire() {
  }

  public static SpecificRecord toAvro(DeliveryEvent event) {
    EventEnvelope envelope = envelope(event);
    var message = ref(event.message());
    if (event instanceof DeliveryStarted e) {
      return new br.gov.es.prodest.npi007.avro.notification.DeliveryStarted(envelope, message, target(e.target()),
          e.attempt());
    } else if (event instanceof DeliverySucceeded e) {
      return new br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded(envelope, message, target(e.target()),
          e.attempt(), e.providerMessageId());
    } else if (event instanceof DeliveryFailed e) {
      return new br.gov.es.prodest.npi007.avro.notification.DeliveryFailed(envelope, message, target(e.target()),
          e.attempt(), e.reason(), e.retryable(), e.nextAttemptAt());
    } else if (event instanceof DeliveryDeadLettered e) {
      return new br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered(envelope, message,
          target(e.target()), e.attempts(), e.reason(), e.uncertain());
    }
    MessageDelivered e = (MessageDelivered) event;
    return new br.gov.es.prodest.npi007.avro.notification.MessageDelivered(envelope, message, e.postedManually());
  }

  /** The domain event of a deliveries record; throws for any other record. */
  public static DeliveryEvent toEvent(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.notification.DeliveryStarted e) {
      return new DeliveryStarted(ref(e.getMessage()), e.getEnvelope().getSequence(), e.getEnvelope().getOccurredAt(),
          target(e.getTarget()), e.getAttempt());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded e) {
      return new DeliverySucceeded(ref(e.getMessage()), e.getEnvelope().getSequence(),
          e.getEnvelope().getOccurredAt(), target(e.getTarget()), e.getAttempt(), e.getProviderMessageId());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.DeliveryFailed e) {
      return new DeliveryFailed(ref(e.getMessage()), e.getEnvelope().getSequence(), e.getEnvelope().getOccurredAt(),
          target(e.getTarget()), e.getAttempt(), e.getReason(), e.getRetryable(), e.getNextAttemptAt());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered e) {
      return new DeliveryDeadLettered(ref(e.getMessage()), e.getEnvelope().getSequence(),
          e.getEnvelope().getOccurredAt(), target(e.getTarget()), e.getAttempts(), e.getReason(), e.getUncertain());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessageDelivered e) {
      return new MessageDelivered(ref(e.getMessage()), e.getEnvelope().getSequence(), e.getEnvelope().getOccurredAt(),
          e.getPostedManually());
    }
    throw new UndecodableRecordException("não é um evento de entrega: " + record.getSchema().getFullName());
  }

  private static EventEnvelope envelope(DeliveryEvent event) {
    String notificationId = event.message().notificationId();
    // no command causes a delivery: the notification is its own causation and correlation
    return new EventEnvelope(event.eventId(), notificationId, event.sequence(), event.occurredAt(), SELF, Origin.SYSTEM,
        notificationId, notificationId);
  }

  private static br.gov.es.prodest.npi007.avro.notification.MessageRef ref(MessageRef ref) {
    return new br.gov.es.prodest.npi007.avro.notification.MessageRef(ref.notificationId(), ref.messageId(),
        ref.incidentId(), ref.maintenanceId());
  }

  private static MessageRef ref(br.gov.es.prodest.npi007.avro.notification.MessageRef ref) {
    return new MessageRef(ref.getNotificationId(), ref.getMessageId(), ref.getIncidentId(), ref.getMaintenanceId());
  }

  private static br.gov.es.prodest.npi007.avro.notification.DeliveryTarget target(DeliveryTarget target) {
    return new br.gov.es.prodest.npi007.avro.notification.DeliveryTarget(target.deliveryId(),
        DeliveryChannel.valueOf(target.channel().name()), target.provider(), target.recipient());
  }

  private static DeliveryTarget target(br.gov.es.prodest.npi007.avro.notification.DeliveryTarget target) {
    return new DeliveryTarget(target.getDeliveryId(), Channel.valueOf(target.getChannel().name()),
        target.getProvider(), target.getRecipient());
  }
}
