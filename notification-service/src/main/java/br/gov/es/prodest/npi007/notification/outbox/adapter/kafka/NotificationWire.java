package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.NotificationSnapshot;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.outbox.domain.ApproveMessage;
import br.gov.es.prodest.npi007.notification.outbox.domain.ExistingNotification;
import br.gov.es.prodest.npi007.notification.outbox.domain.MarkMessagePosted;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageApproved;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessagePostedManually;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import br.gov.es.prodest.npi007.notification.outbox.domain.TextEdit;
import br.gov.es.prodest.npi007.processing.AggregateWire;
import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** The one translation between the notification domain and its Avro records, both ways. */
public final class NotificationWire {

  public static final AggregateWire<NotificationCommand, NotificationEvent, NotificationState, NotificationSnapshot>
      INSTANCE = new AggregateWire<>(NotificationWire::toCommand, NotificationWire::toAvro, NotificationWire::toEvent,
          NotificationSnapshot.class, state -> NotificationSnapshotWire.toSnapshot((ExistingNotification) state),
          NotificationSnapshotWire::toState, NotificationState::currentStatus);

  private NotificationWire() {
  }

  private static NotificationEvent toEvent(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessageRendered e) {
      MessageTemplate message = MessageTemplate.byId(e.getMessageId()).orElseThrow(() ->
          new UndecodableRecordException("mensagem desconhecida: " + e.getMessageId()));
      return new MessageRendered(CommonWire.envelope(e.getEnvelope()), message, e.getIncidentId(), e.getMaintenanceId(),
          e.getCausationEventId(), e.getTemplateVersion(), e.getTitle(), texts(e.getRenditions()), e.getReviewRequired());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessageEdited e) {
      return new MessageEdited(CommonWire.envelope(e.getEnvelope()), texts(e.getRenditions()));
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessageApproved e) {
      return new MessageApproved(CommonWire.envelope(e.getEnvelope()));
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MessagePostedManually e) {
      return new MessagePostedManually(CommonWire.envelope(e.getEnvelope()), e.getNote());
    }
    throw new UndecodableRecordException("não é um evento de notificação: " + record.getSchema().getFullName());
  }

  private static SpecificRecord toAvro(NotificationEvent event) {
    EventEnvelope envelope = CommonWire.envelope(event.envelope());
    if (event instanceof MessageRendered e) {
      return new br.gov.es.prodest.npi007.avro.notification.MessageRendered(envelope, e.envelope().aggregateId(),
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

  private static NotificationCommand toCommand(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.notification.ApproveMessage c) {
      return new ApproveMessage(metadata(c.getMetadata()), c.getNotificationId(), c.getEdits().stream()
          .map(edit -> new TextEdit(channel(edit.getChannel()), edit.getSubject(), edit.getText())).toList());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted c) {
      return new MarkMessagePosted(metadata(c.getMetadata()), c.getNotificationId(), c.getNote());
    }
    throw new UndecodableRecordException("não é um comando de notificação: " + record.getSchema().getFullName());
  }

  private static CommandMetadata metadata(br.gov.es.prodest.npi007.avro.common.CommandMetadata metadata) {
    return new CommandMetadata(metadata.getCommandId(), metadata.getCorrelationId(), metadata.getIssuedAt(),
        CommonWire.actor(metadata), CommonWire.origin(metadata), metadata.getExpectedVersion());
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
