package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.RecordAcknowledgement;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRef;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import org.apache.avro.specific.SpecificRecord;

/**
 * The incident commands that other services' events become (CONTRACTS.md, "incident-service
 * intake"), with ids derived from the event, so a redelivered event is the same command.
 */
final class ServiceEventCommands {

  private static final Actor NOTIFICATION_SERVICE = new Actor("notification-service", Role.SYSTEM, null, null);
  private static final Actor MAINTENANCE_SERVICE = new Actor("maintenance-service", Role.SYSTEM, null, null);

  private ServiceEventCommands() {
  }

  /** A delivery event: 6.1 delivered acknowledges its incident's report; other delivery events are no command. */
  static ForeignEventIntake.Outcome fromDelivery(SpecificRecord record) {
    if (!(record instanceof MessageDelivered delivered)
        || !NormMessage.RECEIPT_ACKNOWLEDGEMENT.id().equals(delivered.getMessage().getMessageId())) {
      return ForeignEventIntake.Outcome.IGNORED;
    }
    MessageRef message = delivered.getMessage();
    if (blank(message.getIncidentId())) {
      return ForeignEventIntake.Outcome.refused("mensagem 6.1 " + message.getNotificationId()
          + " entregue sem incidentId: nenhum incidente a registrar");
    }
    EventEnvelope cause = delivered.getEnvelope();
    return ForeignEventIntake.Outcome.command(message.getIncidentId(), new RecordAcknowledgement(
        metadata("delivered/" + cause.getEventId(), cause, NOTIFICATION_SERVICE), message.getIncidentId(),
        message.getNotificationId()));
  }

  /** A maintenance event: one requested for an incident links it; other maintenance events are no command. */
  static ForeignEventIntake.Outcome fromMaintenance(SpecificRecord record) {
    if (!(record instanceof MaintenanceRequested requested) || blank(requested.getIncidentId())) {
      return ForeignEventIntake.Outcome.IGNORED;
    }
    EventEnvelope cause = requested.getEnvelope();
    return ForeignEventIntake.Outcome.command(requested.getIncidentId(), new LinkMaintenance(
        metadata("maintenance-event/" + cause.getEventId(), cause, MAINTENANCE_SERVICE), requested.getIncidentId(),
        cause.getAggregateId()));
  }

  // The command happens when the event did, and carries on its correlation.
  private static CommandMetadata metadata(String name, EventEnvelope cause, Actor actor) {
    String commandId = EventIds.named(name);
    return new CommandMetadata(commandId, cause.getCorrelationId(), cause.getOccurredAt(), actor, Origin.SYSTEM, null);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
