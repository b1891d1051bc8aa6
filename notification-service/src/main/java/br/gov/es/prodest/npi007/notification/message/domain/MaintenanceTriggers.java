package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.notification.message.domain.MaintenanceEvent.MaintenanceCancelled;
import br.gov.es.prodest.npi007.notification.message.domain.MaintenanceEvent.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.notification.message.domain.MaintenanceEvent.MaintenanceRequested;
import br.gov.es.prodest.npi007.notification.message.domain.MaintenanceEvent.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.schemas.norm.NormTrigger;
import java.time.Instant;

/**
 * The message a maintenance event calls for, as the catalogue's {@link NormTrigger}s say (NPI-007
 * 5.2.2.6: e-mailed to every organ, PRODEST included); "Data do Aviso" is the event's time.
 */
public final class MaintenanceTriggers {

  private MaintenanceTriggers() {
  }

  public static DueMessage messageFor(MaintenanceEvent event) {
    Instant at = event.causation().occurredAt();
    if (event instanceof MaintenanceRequested requested) {
      return new DueMessage(MessageTemplate.dueOn(NormTrigger.MAINTENANCE_REQUESTED), MessageFacts.scheduledMaintenance(
          requested.component(), requested.window().start(), requested.window().end(), requested.purpose(), at));
    } else if (event instanceof MaintenanceRescheduled rescheduled) {
      return new DueMessage(MessageTemplate.dueOn(NormTrigger.MAINTENANCE_RESCHEDULED), MessageFacts.maintenanceRescheduled(
          rescheduled.component(), rescheduled.previous(), rescheduled.window(), rescheduled.purpose(),
          rescheduled.reason(), at));
    } else if (event instanceof MaintenanceCancelled cancelled) {
      return new DueMessage(MessageTemplate.dueOn(NormTrigger.MAINTENANCE_CANCELLED), MessageFacts.maintenanceCancelled(
          cancelled.component(), cancelled.window(), cancelled.reason(), at));
    } else if (event instanceof MaintenanceReminderDue reminder) {
      return new DueMessage(MessageTemplate.dueOn(NormTrigger.MAINTENANCE_REMINDER_DUE), MessageFacts.scheduledMaintenance(
          reminder.component(), reminder.window().start(), reminder.window().end(), reminder.purpose(), at));
    }
    throw new IllegalArgumentException("unknown maintenance event " + event);
  }
}
