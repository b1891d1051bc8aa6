package br.gov.es.prodest.npi007.maintenance.domain;

/** Something that happened to one maintenance; the maintenance's events are its system of record. */
public sealed interface MaintenanceEvent permits MaintenanceRequested, MaintenanceRescheduled, MaintenanceCancelled,
    MaintenanceAnnounced, MaintenanceReminderDue, MaintenanceReminderSkipped, MaintenanceStarted,
    MaintenanceCompleted {

  Envelope envelope();
}
