package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.avro.notification.NotificationReviewStatus;
import br.gov.es.prodest.npi007.avro.notification.NotificationSnapshot;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.domain.ExistingNotification;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A notification's folded state, domain to store record and back. The record leaves out the events
 * each applied command caused: the applied store keeps them, and a state rebuilt here holds only the
 * entry of the command being decided, the only one the domain reads.
 */
final class NotificationSnapshotWire {

  private NotificationSnapshotWire() {
  }

  static NotificationSnapshot toSnapshot(ExistingNotification notification) {
    // by channel, so one state always makes the same bytes
    Map<Channel, ChannelText> byChannel = new EnumMap<>(Channel.class);
    byChannel.putAll(notification.texts());
    List<ChannelText> texts = List.copyOf(byChannel.values());
    return new NotificationSnapshot(notification.notificationId(), NotificationWire.renditions(texts),
        NotificationReviewStatus.valueOf(notification.status().name()), notification.version());
  }

  /**
   * The state a snapshot holds, with the events {@code commandId} caused (none: it was never applied).
   */
  static ExistingNotification toState(NotificationSnapshot snapshot, String commandId,
      List<NotificationEvent> caused) {
    Map<Channel, ChannelText> texts = new EnumMap<>(Channel.class);
    NotificationWire.texts(snapshot.getTexts()).forEach(text -> texts.put(text.channel(), text));
    return new ExistingNotification(snapshot.getNotificationId(), texts,
        NotificationStatus.valueOf(snapshot.getStatus().name()), snapshot.getVersion(),
        caused.isEmpty() ? Map.of() : Map.of(commandId, caused));
  }
}
