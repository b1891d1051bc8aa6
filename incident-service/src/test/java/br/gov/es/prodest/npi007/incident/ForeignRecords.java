package br.gov.es.prodest.npi007.incident;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.DeliveryFailed;
import br.gov.es.prodest.npi007.avro.notification.DeliveryStarted;
import br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded;
import br.gov.es.prodest.npi007.avro.notification.DeliveryTarget;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRef;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records the other services write (notification-service, maintenance-service), as the tests send them. */
final class ForeignRecords {

  static final Actor NOTIFICATION_SERVICE = new Actor("notification-service", Role.SYSTEM, null, null);
  static final Actor ASCOM = new Actor("ana.ascom", Role.ASCOM, "PRODEST", null);
  static final Actor TEAM = new Actor("joao", Role.TEAM, "PRODEST", null);

  private ForeignRecords() {
  }

  static EventEnvelope envelope(String aggregateId, long sequence, Instant at, Actor actor) {
    return new EventEnvelope(UUID.randomUUID().toString(), aggregateId, sequence, at, actor, Origin.SYSTEM,
        UUID.randomUUID().toString(), UUID.randomUUID().toString());
  }

  static MessageRendered rendered(String notificationId, String messageId, String incidentId, Instant at) {
    return new MessageRendered(envelope(notificationId, 1, at, NOTIFICATION_SERVICE), notificationId, messageId,
        incidentId, null, UUID.randomUUID().toString(), "abc123def456", messageId.equals("6.1") ? null : "PRODEST Informa",
        List.of(new Rendition(DeliveryChannel.WHATSAPP, null, "Prezado, recebemos…", null, List.of())), true);
  }

  static MessageApproved approved(String notificationId, Instant at) {
    return new MessageApproved(envelope(notificationId, 2, at, ASCOM));
  }

  static MessageRef ref(String notificationId, String messageId, String incidentId) {
    return new MessageRef(notificationId, messageId, incidentId, null);
  }

  static DeliveryTarget whatsapp(String notificationId) {
    return new DeliveryTarget(UUID.nameUUIDFromBytes((notificationId + "/WHATSAPP/grupo").getBytes()).toString(),
        DeliveryChannel.WHATSAPP, "evolution-api", "grupo");
  }

  static DeliveryStarted started(MessageRef ref, long sequence, int attempt, Instant at) {
    return new DeliveryStarted(envelope(ref.getNotificationId(), sequence, at, NOTIFICATION_SERVICE), ref,
        whatsapp(ref.getNotificationId()), attempt);
  }

  static DeliveryFailed failed(MessageRef ref, long sequence, int attempt, Instant at) {
    return new DeliveryFailed(envelope(ref.getNotificationId(), sequence, at, NOTIFICATION_SERVICE), ref,
        whatsapp(ref.getNotificationId()), attempt, "HTTP 503 do provedor", true, at.plusSeconds(2));
  }

  static DeliverySucceeded succeeded(MessageRef ref, long sequence, int attempt, Instant at) {
    return new DeliverySucceeded(envelope(ref.getNotificationId(), sequence, at, NOTIFICATION_SERVICE), ref,
        whatsapp(ref.getNotificationId()), attempt, "wamid-1");
  }

  static MessageDelivered delivered(MessageRef ref, long sequence, Instant at) {
    return new MessageDelivered(envelope(ref.getNotificationId(), sequence, at, NOTIFICATION_SERVICE), ref, false);
  }

  static MaintenanceRequested maintenanceRequested(String maintenanceId, String incidentId, Instant at) {
    return new MaintenanceRequested(envelope(maintenanceId, 1, at, TEAM), "SIGEFES", at.plusSeconds(86_400 * 2),
        at.plusSeconds(86_400 * 2 + 3600), null, true, false, incidentId, List.of(), List.of(1440, 60), null);
  }
}
