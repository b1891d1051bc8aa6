package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;

/** A 6.5 or 6.5-reagendamento of the maintenance reached its recipients. */
public record MaintenanceAnnounced(Envelope envelope, String notificationId, String messageId)
    implements MaintenanceEvent {
}
