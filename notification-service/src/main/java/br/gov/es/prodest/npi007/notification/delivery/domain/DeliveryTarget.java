package br.gov.es.prodest.npi007.notification.delivery.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;

/**
 * One delivery of a message: one channel, through one provider, to one recipient (CONTRACTS.md,
 * "Delivery"). Its id derives from the notification, channel and recipient, so every process and
 * every rebuild names the same delivery.
 */
public record DeliveryTarget(String deliveryId, Channel channel, String provider, String recipient) {

  public static DeliveryTarget of(String notificationId, Channel channel, String provider, String recipient) {
    return new DeliveryTarget(idOf(notificationId, channel, recipient), channel, provider, recipient);
  }

  public static String idOf(String notificationId, Channel channel, String recipient) {
    return EventIds.named(notificationId + "/" + channel.name() + "/" + recipient);
  }

  /** An e-mail rendition with no recipient: it cannot be delivered, and is given up at once. */
  public boolean unreachable() {
    return recipient.isEmpty();
  }
}
