package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import java.util.List;
import java.util.Optional;

/**
 * One of the norm's messages entered the outbox: always the first event (sequence 1) of a notification.
 *
 * @param title          the title line, null for 6.1
 * @param texts          the message as rendered for each of its channels
 * @param reviewRequired true when ASCOM approves it before it is sent (REVIEW), false for AUTO
 */
public record MessageRendered(
    Envelope envelope,
    MessageTemplate message,
    String incidentId,
    String maintenanceId,
    String causationEventId,
    String templateVersion,
    String title,
    List<ChannelText> texts,
    boolean reviewRequired) implements NotificationEvent {

  public MessageRendered {
    texts = List.copyOf(texts);
  }

  public Optional<ChannelText> on(Channel channel) {
    return texts.stream().filter(text -> text.channel() == channel).findFirst();
  }
}
