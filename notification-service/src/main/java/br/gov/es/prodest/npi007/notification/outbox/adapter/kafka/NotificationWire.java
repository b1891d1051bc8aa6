package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.outbox.application.CommandOutcome;
import br.gov.es.prodest.npi007.notification.outbox.domain.Actor;
import br.gov.es.prodest.npi007.notification.outbox.domain.ApproveMessage;
import br.gov.es.prodest.npi007.notification.outbox.domain.CommandMetadata;
import br.gov.es.prodest.npi007.notification.outbox.domain.Envelope;
import br.gov.es.prodest.npi007.notification.outbox.domain.MarkMessagePosted;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageApproved;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessagePostedManually;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.Origin;
import br.gov.es.prodest.npi007.notification.outbox.domain.Role;
import br.gov.es.prodest.npi007.notification.outbox.domain.TextEdit;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** The notification's events and commands, wire records (Avro) to domain and back. */
public final class NotificationWire {

  private NotificationWire() {
  }

  public static NotificationEvent toEvent(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessageRendered e) {
      MessageTemplate message = MessageTemplate.byId(e.getMessageId()).orElseThrow(() ->
          new UndecodableRecordException("mensagem desconhecida: " + e.getMessageId()));
      return new MessageRendered(envelope(e.getEnvelope()), message, e.getIncidentId(), e.getMaintenanceId(),
          e.getCausationEventId(), e.getTemplateVersion(), e.getTitle(), texts(e.getRenditions()), e.getReviewRequired());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessageEdited e) {
      return new MessageEdited(envelope(e.getEnvelope()), texts(e.getRenditions()));
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessageApproved e) {
      return new MessageApproved(envelope(e.getEnvelope()));
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessagePostedManually e) {
      return new MessagePostedManually(envelope(e.getEnvelope()), e.getNote());
    }
    throw new UndecodableRecordException("não é um evento de notificação: " + record.getSchema().getFullName());
  }

  public static SpecificRecord toAvro(NotificationEvent event) {
    EventEnvelope envelope = envelope(event.envelope());
    if (event instanceof MessageRendered e) {
      return new br.gov.es.prodest.npi007.avro.notification.MessageRendered(envelope, e.envelope().notificationId(),
          e.message().id(), e.incidentId(), e.maintenanceId(), e.causationEventId(), e.templateVersion(), e.title(),
          renditions(e.texts()), e.reviewRequired());
    } else if (event instanceof MessageEdited e) {
      return new br.gov.es.prodest.npi007.avro.notification.MessageEdited(envelope, renditions(e.texts()));
    } else if (event instanceof MessageApproved) {
      return new br.gov.es.prodest.npi007.avro.notification.MessageApproved(envelope);
    } else if (event instanceof MessagePostedManually e) {
      return new br.gov.es.prodest.npi007.avro.notification.MessagePostedManually(envelope, e.note());
    }
    throw new IllegalArgumentException("evento sem forma Avro: " + event);
  }

  static NotificationCommand toCommand(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.notification.ApproveMessage c) {
      return new ApproveMessage(metadata(c.getMetadata()), c.getNotificationId(), c.getEdits().stream()
          .map(edit -> new TextEdit(channel(edit.getChannel()), edit.getSubject(), edit.getText())).toList());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted c) {
      return new MarkMessagePosted(metadata(c.getMetadata()), c.getNotificationId(), c.getNote());
    }
    throw new UndecodableRecordException("não é um comando de notificação: " + record.getSchema().getFullName());
  }

  static CommandResult toResult(CommandOutcome outcome) {
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(outcome.command().metadata().commandId())
        .setAggregateId(outcome.command().notificationId())
        .setAccepted(outcome.accepted())
        .setStatus(outcome.status().map(Enum::name).orElse(null))
        .setVersion(outcome.version())
        .setEventIds(outcome.eventIds());
    outcome.rejection().ifPresent(rejected -> result
        .setRejectionKind(RejectionKind.valueOf(rejected.kind().name()))
        .setRejectionCode(rejected.code())
        .setRejectionDetail(rejected.detail()));
    return result.build();
  }

  private static CommandMetadata metadata(br.gov.es.prodest.npi007.avro.common.CommandMetadata metadata) {
    return new CommandMetadata(metadata.getCommandId(), metadata.getCorrelationId(), metadata.getIssuedAt(),
        actor(metadata.getActor()), Origin.valueOf(metadata.getOrigin().name()), metadata.getExpectedVersion());
  }

  private static Envelope envelope(EventEnvelope envelope) {
    return new Envelope(envelope.getEventId(), envelope.getAggregateId(), envelope.getSequence(),
        envelope.getOccurredAt(), actor(envelope.getActor()), Origin.valueOf(envelope.getOrigin().name()),
        envelope.getCommandId(), envelope.getCorrelationId());
  }

  private static EventEnvelope envelope(Envelope envelope) {
    return new EventEnvelope(envelope.eventId(), envelope.notificationId(), envelope.sequence(), envelope.occurredAt(),
        actor(envelope.actor()), br.gov.es.prodest.npi007.avro.common.Origin.valueOf(envelope.origin().name()),
        envelope.commandId(), envelope.correlationId());
  }

  private static Actor actor(br.gov.es.prodest.npi007.avro.common.Actor actor) {
    return new Actor(actor.getUserId(), Role.valueOf(actor.getRole().name()), actor.getOrgan());
  }

  private static br.gov.es.prodest.npi007.avro.common.Actor actor(Actor actor) {
    return new br.gov.es.prodest.npi007.avro.common.Actor(actor.userId(),
        br.gov.es.prodest.npi007.avro.common.Role.valueOf(actor.role().name()), actor.organ());
  }

  static List<ChannelText> texts(List<Rendition> renditions) {
    return renditions.stream().map(rendition -> new ChannelText(channel(rendition.getChannel()),
        rendition.getSubject(), rendition.getText(), rendition.getHtml(), rendition.getRecipients())).toList();
  }

  static List<Rendition> renditions(List<ChannelText> texts) {
    return texts.stream().map(text -> new Rendition(DeliveryChannel.valueOf(text.channel().name()), text.subject(),
        text.text(), text.html(), text.recipients())).toList();
  }

  private static Channel channel(DeliveryChannel channel) {
    return channel == null ? null : Channel.valueOf(channel.name());
  }
}
