package br.gov.es.prodest.npi007.notification.status.subscription.adapter.kafka;

import br.gov.es.prodest.npi007.avro.status.StatusSubscription;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.Subscription;
import br.gov.es.prodest.npi007.schemas.AvroCodec;

/** A record of {@code Topics.STATUS_SUBSCRIPTIONS}, any released schema version, as the domain's subscription. */
final class AvroSubscriptions {

  private final AvroCodec codec = AvroCodec.instance();

  Subscription read(byte[] value) {
    StatusSubscription record = codec.decode(value, StatusSubscription.class);
    return new Subscription(record.getSubscriptionId(), record.getEmail(), record.getComponents(),
        Subscription.State.valueOf(record.getState().name()), record.getRequestedAt());
  }
}
