package br.gov.es.prodest.npi007.notification.outbox.application;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One rendered message in ASCOM's outbox.
 *
 * @param type       the norm's message id, {@code 6.1} ... {@code 6.6}
 * @param title      the title line, null for 6.1
 * @param renderedAt the causing event's time
 * @param texts      the message for each of its channels
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
    List<ChannelText> texts) {

  public OutboxEntry {
    texts = List.copyOf(texts);
  }

  public Optional<ChannelText> on(Channel channel) {
    return texts.stream().filter(text -> text.channel() == channel).findFirst();
  }
}
