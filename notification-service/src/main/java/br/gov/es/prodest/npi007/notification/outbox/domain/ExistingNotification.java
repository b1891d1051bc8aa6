package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rendered notification.
 *
 * @param texts            the current text per channel: as rendered, or as ASCOM edited it
 * @param causedByCommand  the events each applied command caused, in order, to answer its retries
 */
public record ExistingNotification(
    String notificationId,
    Map<Channel, ChannelText> texts,
    NotificationStatus status,
    long version,
    Map<String, List<NotificationEvent>> causedByCommand) implements NotificationState {

  public ExistingNotification {
    texts = Map.copyOf(texts);
    causedByCommand = Map.copyOf(causedByCommand);
  }

  static ExistingNotification renderedBy(MessageRendered rendered) {
    Map<Channel, ChannelText> texts = new EnumMap<>(Channel.class);
    rendered.texts().forEach(text -> texts.put(text.channel(), text));
    return new ExistingNotification(rendered.envelope().aggregateId(), texts, NotificationStatus.PENDING_REVIEW,
        rendered.envelope().sequence(), Map.of(rendered.envelope().commandId(), List.of(rendered)));
  }

  @Override
  public Optional<NotificationStatus> currentStatus() {
    return Optional.of(status);
  }

  public boolean applied(String commandId) {
    return causedByCommand.containsKey(commandId);
  }

  /** The notification after one more event, with the given status and texts. */
  ExistingNotification after(NotificationEvent event, NotificationStatus newStatus, Map<Channel, ChannelText> newTexts) {
    Map<String, List<NotificationEvent>> caused = new HashMap<>(causedByCommand);
    List<NotificationEvent> byCommand = new ArrayList<>(caused.getOrDefault(event.envelope().commandId(), List.of()));
    byCommand.add(event);
    caused.put(event.envelope().commandId(), List.copyOf(byCommand));
    return new ExistingNotification(notificationId, newTexts, newStatus, event.envelope().sequence(), caused);
  }
}
