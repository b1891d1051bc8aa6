package br.gov.es.prodest.npi007.maintenance;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.maintenance.CancelMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.CompleteMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRef;
import java.time.Instant;
import java.util.UUID;

/** Maintenance commands and delivery events as the gateway and the notification-service write them. */
public final class WireCommands {

  public static final Actor TEAM = new Actor("joao.prodest", Role.TEAM, "PRODEST", null);

  private WireCommands() {
  }

  public static CommandMetadata metadata(Instant issuedAt) {
    String commandId = UUID.randomUUID().toString();
    return new CommandMetadata(commandId, commandId, issuedAt, TEAM, Origin.API, null);
  }

  public static RequestMaintenance request(String maintenanceId, String component, Instant issuedAt, Instant start,
      Instant end, boolean urgent) {
    return new RequestMaintenance(metadata(issuedAt), maintenanceId, component, start, end, null, true, urgent, null, null);
  }

  public static RescheduleMaintenance reschedule(String maintenanceId, Instant issuedAt, Instant start, Instant end) {
    return new RescheduleMaintenance(metadata(issuedAt), maintenanceId, start, end, true, "Fornecedor indisponível");
  }

  public static CancelMaintenance cancel(String maintenanceId, Instant issuedAt) {
    return new CancelMaintenance(metadata(issuedAt), maintenanceId, "Não é mais necessária");
  }

  public static CompleteMaintenance complete(String maintenanceId, Instant issuedAt) {
    return new CompleteMaintenance(metadata(issuedAt), maintenanceId, "Feita");
  }

  /** The notification-service's record that a message of a maintenance reached everyone. */
  public static MessageDelivered delivered(String maintenanceId, String messageId, Instant at) {
    String notificationId = UUID.randomUUID().toString();
    EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), notificationId, 5L, at,
        new Actor("notification-service", Role.SYSTEM, null, null), Origin.SYSTEM, UUID.randomUUID().toString(),
        "corr-" + maintenanceId);
    return new MessageDelivered(envelope, new MessageRef(notificationId, messageId, null, maintenanceId), false);
  }
}
