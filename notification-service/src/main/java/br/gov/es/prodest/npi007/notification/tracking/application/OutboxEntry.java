package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageApproved;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessagePostedManually;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One message in ASCOM's outbox, as its events left it.
 *
 * @param type       the norm's message id, {@code 6.1} ... {@code 6.6}
 * @param title      the title line, null for 6.1
 * @param renderedAt the causing event's time
 * @param texts      the current message for each of its channels: edited if ASCOM edited it
 * @param version    the sequence of its last event
 * @param history    its events, oldest first
 */
public record OutboxEntry(
    String id,
    String type,
    String title,
    String incidentId,
    String maintenanceId,
    NotificationStatus status,
    String templateVersion,
    String causationEventId,
    Instant renderedAt,
    List<ChannelText> texts,
    long version,
    List<HistoryEntry> history) {

  public OutboxEntry {
    texts = List.copyOf(texts);
    history = List.copyOf(history);
  }

  static OutboxEntry opened(MessageRendered rendered) {
    return new OutboxEntry(rendered.envelope().aggregateId(), rendered.message().id(), rendered.title(),
        rendered.incidentId(), rendered.maintenanceId(), NotificationStatus.PENDING_REVIEW, rendered.templateVersion(),
        rendered.causationEventId(), rendered.envelope().occurredAt(), rendered.texts(),
        rendered.envelope().sequence(), List.of(HistoryEntry.of(rendered)));
  }

  /** The entry after its next event. */
  OutboxEntry after(NotificationEvent event) {
    NotificationStatus newStatus = status;
    List<ChannelText> newTexts = texts;
    if (event instanceof MessageEdited edited) {
      newTexts = new ArrayList<>(texts);
      for (ChannelText text : edited.texts()) {
        newTexts.replaceAll(current -> current.channel() == text.channel() ? text : current);
      }
    } else if (event instanceof MessageApproved) {
      newStatus = NotificationStatus.APPROVED;
    } else if (event instanceof MessagePostedManually) {
      newStatus = NotificationStatus.POSTED_MANUALLY;
    }
    List<HistoryEntry> newHistory = new ArrayList<>(history);
    newHistory.add(HistoryEntry.of(event));
    return new OutboxEntry(id, type, title, incidentId, maintenanceId, newStatus, templateVersion, causationEventId,
        renderedAt, newTexts, event.envelope().sequence(), newHistory);
  }

  public Optional<ChannelText> on(Channel channel) {
    return texts.stream().filter(text -> text.channel() == channel).findFirst();
  }
}
