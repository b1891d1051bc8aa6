package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.List;

/** Cancellation, early completion and the record of announcements. */
final class LifecycleDecisions {

  private LifecycleDecisions() {
  }

  static Decision<MaintenanceEvent> cancel(CancelMaintenance command, ExistingMaintenance maintenance) {
    if (maintenance.status().closed()) {
      return Decision.rejected(Rejections.closed(maintenance));
    }
    MaintenanceFacts facts = maintenance.facts();
    return Warnings.accepted(new MaintenanceCancelled(Envelope.causedBy(command, facts.version() + 1),
        facts.component(), facts.window().start(), facts.window().end(), Maintenance.text(command.reason())));
  }

  static Decision<MaintenanceEvent> complete(CompleteMaintenance command, ExistingMaintenance maintenance) {
    if (maintenance.status().closed()) {
      return Decision.rejected(Rejections.closed(maintenance));
    } else if (maintenance.status() != MaintenanceStatus.IN_PROGRESS) {
      return Decision.rejected(Rejections.notInProgress(maintenance));
    }
    MaintenanceFacts facts = maintenance.facts();
    return Warnings.accepted(new MaintenanceCompleted(Envelope.causedBy(command, facts.version() + 1),
        facts.component(), facts.window().start(), facts.window().end(), true, Maintenance.text(command.note())));
  }

  /** Allowed in any status, closed too: a delivery is a fact. The same notification again changes nothing. */
  static Decision<MaintenanceEvent> recordAnnouncement(RecordAnnouncement command, ExistingMaintenance maintenance) {
    MaintenanceFacts facts = maintenance.facts();
    if (facts.announcedNotifications().contains(command.notificationId())) {
      return Warnings.nothingNew(List.of());
    }
    return Warnings.accepted(new MaintenanceAnnounced(Envelope.causedBy(command, facts.version() + 1),
        command.notificationId(), command.messageId()));
  }
}
