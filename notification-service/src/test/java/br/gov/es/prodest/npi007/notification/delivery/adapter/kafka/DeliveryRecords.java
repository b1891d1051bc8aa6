package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import br.gov.es.prodest.npi007.notification.delivery.domain.MessageRef;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The records of one approved e-mail notification (a 6.5 for its own maintenance), as the topics hold them. */
record DeliveryRecords(String notificationId, String maintenanceId, String address) {

  static final Instant AT = Instant.parse("2025-03-15T02:30:00Z");
  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final Actor SYSTEM = new Actor("notification-service", Role.SYSTEM, null, null);

  static DeliveryRecords approvedEmail(String address) {
    return new DeliveryRecords(UUID.randomUUID().toString(), UUID.randomUUID().toString(), address);
  }

  byte[] rendered() {
    return CODEC.encode(new MessageRendered(envelope(1), notificationId, "6.5", null, maintenanceId,
        UUID.randomUUID().toString(), "0123456789ab", "Manutenção Programada",
        List.of(new Rendition(DeliveryChannel.EMAIL, "PRODEST Informa: Manutenção Programada",
            "PRODEST Informa: Manutenção Programada\n\nPrezados, …", null, List.of(address))), false));
  }

  byte[] approved() {
    return CODEC.encode(new MessageApproved(envelope(2)));
  }

  DeliveryTarget target() {
    return DeliveryTarget.of(notificationId, Channel.EMAIL, DeliverySettings.EML_FILE, address);
  }

  byte[] started() {
    return delivery(new DeliveryStarted(ref(), 1, AT, target(), 1));
  }

  byte[] succeeded() {
    return delivery(new DeliverySucceeded(ref(), 2, AT, target(), 1, "eml-" + notificationId));
  }

  byte[] delivered() {
    return delivery(new MessageDelivered(ref(), 3, AT, false));
  }

  private MessageRef ref() {
    return new MessageRef(notificationId, "6.5", null, maintenanceId);
  }

  private static byte[] delivery(DeliveryEvent event) {
    return CODEC.encode(DeliveryWire.toAvro(event));
  }

  private EventEnvelope envelope(long sequence) {
    return new EventEnvelope(UUID.nameUUIDFromBytes((notificationId + "/" + sequence).getBytes()).toString(),
        notificationId, sequence, AT, SYSTEM, Origin.SYSTEM, notificationId, notificationId);
  }
}
