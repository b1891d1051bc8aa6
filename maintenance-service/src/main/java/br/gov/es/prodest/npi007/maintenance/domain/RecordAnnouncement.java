package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.time.Instant;

/**
 * The notification-service delivered (or ASCOM posted) a maintenance's 6.5 or 6.5-reagendamento.
 *
 * @param messageId {@link #ANNOUNCEMENT} or {@link #RESCHEDULING_NOTICE}
 */
public record RecordAnnouncement(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String maintenanceId,
    String notificationId,
    String messageId) implements MaintenanceCommand {

  /** NPI-007 6.5: the maintenance is announced to every organ. */
  public static final String ANNOUNCEMENT = NormMessage.SCHEDULED_MAINTENANCE.id();
  /** The notice that a maintenance moved to another window. */
  public static final String RESCHEDULING_NOTICE = NormMessage.MAINTENANCE_RESCHEDULED.id();
}
