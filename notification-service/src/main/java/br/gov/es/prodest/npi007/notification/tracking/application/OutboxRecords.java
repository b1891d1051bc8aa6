package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;

/**
 * Reads the records the outbox keeps as they came from their topics (the wire format is the
 * adapter's business); may throw {@code UndecodableRecordException} on a record it cannot read.
 */
public interface OutboxRecords {

  /** A record of the notifications topic. */
  NotificationEvent notification(byte[] value);

  /** A record of the deliveries topic. */
  DeliveryEvent delivery(byte[] value);
}
