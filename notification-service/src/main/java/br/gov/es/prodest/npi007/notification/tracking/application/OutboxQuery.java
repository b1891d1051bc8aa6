package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import java.util.Objects;

/** A filter of the outbox; a null criterion matches every entry. */
public record OutboxQuery(String incidentId, String maintenanceId, NotificationStatus status, String type) {

  public static final OutboxQuery ALL = new OutboxQuery(null, null, null, null);

  /** Whether the entry matches, {@code current} being its status with its deliveries. */
  boolean matches(OutboxEntry entry, NotificationStatus current) {
    return (incidentId == null || incidentId.equals(entry.incidentId()))
        && (maintenanceId == null || maintenanceId.equals(entry.maintenanceId()))
        && (status == null || status == current)
        && (type == null || Objects.equals(type, entry.type()));
  }
}
