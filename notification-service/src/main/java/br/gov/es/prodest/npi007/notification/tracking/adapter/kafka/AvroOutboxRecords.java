package br.gov.es.prodest.npi007.notification.tracking.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.adapter.kafka.DeliveryWire;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.NotificationWire;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxRecords;
import br.gov.es.prodest.npi007.schemas.AvroCodec;

/** The outbox's records in Avro single-object encoding, any released schema version. */
public final class AvroOutboxRecords implements OutboxRecords {

  private final AvroCodec codec = AvroCodec.instance();

  @Override
  public NotificationEvent notification(byte[] value) {
    return NotificationWire.INSTANCE.toEvent(codec.decode(value));
  }

  @Override
  public DeliveryEvent delivery(byte[] value) {
    return DeliveryWire.toEvent(codec.decode(value));
  }
}
