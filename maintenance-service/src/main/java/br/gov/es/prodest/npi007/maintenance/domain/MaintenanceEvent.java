package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Event;

/** Something that happened to one maintenance; the maintenance's events are its system of record. */
public sealed interface MaintenanceEvent extends Event permits MaintenanceRequested, MaintenanceRescheduled,
    MaintenanceCancelled, MaintenanceAnnounced, MaintenanceReminderDue, MaintenanceReminderSkipped,
    MaintenanceStarted, MaintenanceCompleted {
}
