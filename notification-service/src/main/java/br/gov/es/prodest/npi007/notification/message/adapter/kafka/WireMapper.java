package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.message.domain.Causation;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.ReportSource;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** Converts wire records (Avro) to the domain's events, and the domain's notifications to wire records. */
final class WireMapper {

  /** The actor of everything this service writes on its own. */
  static final Actor SELF = Actor.newBuilder()
      .setUserId(Topics.NOTIFICATION_SERVICE).setRole(Role.SYSTEM).setOrgan(null).build();

  private WireMapper() {
  }

  /** The domain event, or empty for a record this service has no use for. */
  static Optional<IncidentEvent> incidentEvent(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.incident.IncidentReported reported) {
      return Optional.of(new IncidentEvent.IncidentReported(causation(reported.getEnvelope()),
          reported.getComponent(), reported.getOrgan(), ReportSource.valueOf(reported.getSource().name())));
    }
    return Optional.empty();
  }

  static MessageRendered messageRendered(Notification notification) {
    Causation causation = notification.causation();
    EventEnvelope envelope = EventEnvelope.newBuilder()
        .setEventId(notification.renderedEventId())
        .setAggregateId(notification.notificationId())
        .setSequence(1L)
        .setOccurredAt(causation.occurredAt())
        .setActor(SELF)
        .setOrigin(Origin.SYSTEM)
        .setCommandId(causation.commandId())
        .setCorrelationId(causation.correlationId())
        .build();
    return MessageRendered.newBuilder()
        .setEnvelope(envelope)
        .setNotificationId(notification.notificationId())
        .setMessageId(notification.rendered().message().id())
        .setIncidentId(notification.incidentId())
        .setMaintenanceId(notification.maintenanceId())
        .setCausationEventId(causation.eventId())
        .setTemplateVersion(notification.rendered().templateVersion())
        .setTitle(notification.rendered().title())
        .setRenditions(notification.rendered().texts().stream().map(WireMapper::rendition).toList())
        .setReviewRequired(notification.reviewRequired())
        .build();
  }

  private static Rendition rendition(ChannelText text) {
    return new Rendition(DeliveryChannel.valueOf(text.channel().name()), text.subject(), text.text(), text.html());
  }

  private static Causation causation(EventEnvelope envelope) {
    return new Causation(envelope.getEventId(), envelope.getAggregateId(), envelope.getOccurredAt(),
        envelope.getCommandId(), envelope.getCorrelationId());
  }
}
