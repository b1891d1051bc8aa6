package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.maintenance.RecordAnnouncement;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRef;
import br.gov.es.prodest.npi007.processing.Intake;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The delivery events of the notification-service: a delivered (or hand-posted) 6.5 or
 * 6.5-reagendamento becomes a {@code RecordAnnouncement} of its maintenance, re-keyed by the
 * maintenance id (CONTRACTS.md, issue 5). Other deliveries are not ours; undecodable bytes are dead letters.
 */
final class DeliveryIntake {

  private static final Set<String> ANNOUNCEMENTS = Set.of(
      br.gov.es.prodest.npi007.maintenance.domain.RecordAnnouncement.ANNOUNCEMENT,
      br.gov.es.prodest.npi007.maintenance.domain.RecordAnnouncement.RESCHEDULING_NOTICE);
  private static final Actor NOTIFICATION_SERVICE = new Actor("notification-service", Role.SYSTEM, null, null);

  private static final AvroCodec CODEC = AvroCodec.instance();

  private DeliveryIntake() {
  }

  /** The step of the topology, dead-lettering what it cannot decode. */
  static Intake step() {
    return Intake.deadLettering(DeliveryIntake::route);
  }

  static Optional<Record<byte[], Routed>> route(SpecificRecord decoded, Record<byte[], byte[]> record, int partition) {
    if (decoded instanceof MessageDelivered delivered && announcesMaintenance(delivered.getMessage())) {
      RecordAnnouncement command = recordAnnouncement(delivered);
      return Optional.of(Intake.to(record, command.getMaintenanceId(), Routed.Standard.BY_AGGREGATE,
          CODEC.encode(command)));
    }
    return Optional.empty();
  }

  private static boolean announcesMaintenance(MessageRef message) {
    return ANNOUNCEMENTS.contains(message.getMessageId()) && message.getMaintenanceId() != null;
  }

  // The same delivery is the same command: nameUUID("delivered/" + eventId).
  static RecordAnnouncement recordAnnouncement(MessageDelivered delivered) {
    var envelope = delivered.getEnvelope();
    String commandId = EventIds.named("delivered", envelope.getEventId());
    CommandMetadata metadata = new CommandMetadata(commandId, envelope.getCorrelationId(), envelope.getOccurredAt(),
        NOTIFICATION_SERVICE, Origin.SYSTEM, null);
    MessageRef message = delivered.getMessage();
    return new RecordAnnouncement(metadata, message.getMaintenanceId(), message.getNotificationId(),
        message.getMessageId());
  }
}
