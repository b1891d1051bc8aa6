package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.Objects;

/**
 * Whether a command seen before repeats the one applied: same id and same content is a retry; the
 * same id with other content is a reused Idempotency-Key. The content is compared, as recorded,
 * with the event the applied command caused.
 */
final class Retries {

  private Retries() {
  }

  static boolean repeats(MaintenanceCommand command, MaintenanceEvent caused) {
    if (command instanceof RequestMaintenance request && caused instanceof MaintenanceRequested requested) {
      return same(request.component(), requested.component()) && Objects.equals(request.start(), requested.start())
          && Objects.equals(request.end(), requested.end()) && same(request.purpose(), requested.purpose())
          && request.causesUnavailability() == requested.causesUnavailability()
          && (request.urgent() || !requested.urgent()) && same(request.incidentId(), requested.incidentId())
          && same(request.unit(), requested.unit());
    } else if (command instanceof RescheduleMaintenance reschedule
        && caused instanceof MaintenanceRescheduled rescheduled) {
      return Objects.equals(reschedule.start(), rescheduled.start()) && Objects.equals(reschedule.end(),
          rescheduled.end()) && (reschedule.urgent() || !rescheduled.urgent())
          && same(reschedule.reason(), rescheduled.reason());
    } else if (command instanceof CancelMaintenance cancel && caused instanceof MaintenanceCancelled cancelled) {
      return same(cancel.reason(), cancelled.reason());
    } else if (command instanceof CompleteMaintenance complete && caused instanceof MaintenanceCompleted completed) {
      return same(complete.note(), completed.note());
    } else if (command instanceof RecordAnnouncement record && caused instanceof MaintenanceAnnounced announced) {
      return Objects.equals(record.notificationId(), announced.notificationId())
          && Objects.equals(record.messageId(), announced.messageId());
    }
    return false;
  }

  private static boolean same(String commanded, String recorded) {
    return Objects.equals(Maintenance.text(commanded), recorded);
  }
}
