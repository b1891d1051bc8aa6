package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCancelled;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.message.domain.Causation;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent;
import br.gov.es.prodest.npi007.notification.message.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts.Window;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.ReportSource;
import br.gov.es.prodest.npi007.notification.message.domain.Verdict;
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

  /** The domain event, or empty for a record that calls for no message. */
  static Optional<IncidentEvent> incidentEvent(SpecificRecord record) {
    if (record instanceof IncidentReported reported) {
      return Optional.of(new IncidentEvent.IncidentReported(causation(reported.getEnvelope()),
          reported.getComponent(), reported.getOrgan(), source(reported.getSource())));
    }
    if (record instanceof ReportJoined joined) {
      return Optional.of(new IncidentEvent.ReportJoined(causation(joined.getEnvelope()), joined.getComponent(),
          joined.getOrgan(), source(joined.getSource())));
    }
    if (record instanceof IncidentTriaged triaged) {
      return Optional.of(new IncidentEvent.IncidentTriaged(causation(triaged.getEnvelope()), triaged.getComponent(),
          Verdict.valueOf(triaged.getVerdict().name()), triaged.getImpact(), triaged.getOrgan()));
    }
    if (record instanceof ServiceRestored restored) {
      return Optional.of(new IncidentEvent.ServiceRestored(causation(restored.getEnvelope()), restored.getComponent()));
    }
    return Optional.empty();
  }

  /** The domain event, or empty for a maintenance record that calls for no message. */
  static Optional<MaintenanceEvent> maintenanceEvent(SpecificRecord record) {
    if (record instanceof MaintenanceRequested e) {
      return Optional.of(new MaintenanceEvent.MaintenanceRequested(causation(e.getEnvelope()), e.getComponent(),
          new Window(e.getStart(), e.getEnd()), e.getPurpose(), e.getIncidentId()));
    } else if (record instanceof MaintenanceRescheduled e) {
      return Optional.of(new MaintenanceEvent.MaintenanceRescheduled(causation(e.getEnvelope()), e.getComponent(),
          new Window(e.getPreviousStart(), e.getPreviousEnd()), new Window(e.getStart(), e.getEnd()), e.getPurpose(),
          e.getReason()));
    } else if (record instanceof MaintenanceCancelled e) {
      return Optional.of(new MaintenanceEvent.MaintenanceCancelled(causation(e.getEnvelope()), e.getComponent(),
          new Window(e.getStart(), e.getEnd()), e.getReason()));
    } else if (record instanceof MaintenanceReminderDue e) {
      return Optional.of(new MaintenanceEvent.MaintenanceReminderDue(causation(e.getEnvelope()), e.getComponent(),
          new Window(e.getStart(), e.getEnd()), e.getPurpose()));
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
    return new Rendition(DeliveryChannel.valueOf(text.channel().name()), text.subject(), text.text(), text.html(),
        text.recipients());
  }

  private static ReportSource source(br.gov.es.prodest.npi007.avro.incident.ReportSource source) {
    return ReportSource.valueOf(source.name());
  }

  private static Causation causation(EventEnvelope envelope) {
    return new Causation(envelope.getEventId(), envelope.getAggregateId(), envelope.getOccurredAt(),
        envelope.getCommandId(), envelope.getCorrelationId());
  }
}
