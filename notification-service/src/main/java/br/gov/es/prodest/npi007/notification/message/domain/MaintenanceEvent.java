package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts.Window;

/** The maintenance events the 6.5 message and its notices follow from (CONTRACTS.md, "Maintenance"). */
public sealed interface MaintenanceEvent {

  Causation causation();

  /** A maintenance was requested: 6.5. */
  record MaintenanceRequested(Causation causation, String component, Window window, String purpose,
      String incidentId) implements MaintenanceEvent {
  }

  /** Its window moved: 6.5-reagendamento. */
  record MaintenanceRescheduled(Causation causation, String component, Window previous, Window window,
      String purpose, String reason) implements MaintenanceEvent {
  }

  /** It was called off: 6.5-cancelamento. */
  record MaintenanceCancelled(Causation causation, String component, Window window, String reason)
      implements MaintenanceEvent {
  }

  /** A reminder before its window is due: 6.5-lembrete. */
  record MaintenanceReminderDue(Causation causation, String component, Window window, String purpose)
      implements MaintenanceEvent {
  }
}
