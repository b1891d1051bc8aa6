package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.application.NotificationStatus;
import br.gov.es.prodest.npi007.notification.outbox.application.OutboxEntry;

/** A {@code MessageRendered} record as an entry of the outbox. */
final class OutboxEntryMapper {

  private OutboxEntryMapper() {
  }

  static OutboxEntry entry(MessageRendered rendered) {
    return new OutboxEntry(
        rendered.getNotificationId(),
        rendered.getMessageId(),
        rendered.getTitle(),
        rendered.getIncidentId(),
        rendered.getMaintenanceId(),
        rendered.getReviewRequired() ? NotificationStatus.PENDING_REVIEW : NotificationStatus.APPROVED,
        rendered.getTemplateVersion(),
        rendered.getCausationEventId(),
        rendered.getEnvelope().getOccurredAt(),
        rendered.getRenditions().stream().map(OutboxEntryMapper::text).toList());
  }

  private static ChannelText text(Rendition rendition) {
    return new ChannelText(Channel.valueOf(rendition.getChannel().name()),
        rendition.getSubject(), rendition.getText(), rendition.getHtml());
  }
}
