package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.List;

/** Cancellation, early completion and the record of announcements. */
final class LifecycleDecisions {

  private LifecycleDecisions() {
  }

  static Decision cancel(CancelMaintenance command, ExistingMaintenance maintenance) {
    if (maintenance.status().closed()) {
      return Rejections.closed(maintenance);
    }
    MaintenanceFacts facts = maintenance.facts();
    return Decision.Accepted.of(new MaintenanceCancelled(Envelope.causedBy(command, facts.version() + 1),
        facts.component(), facts.window().start(), facts.window().end(), Maintenance.text(command.reason())));
  }

  static Decision complete(CompleteMaintenance command, ExistingMaintenance maintenance) {
    if (maintenance.status().closed()) {
      return Rejections.closed(maintenance);
    } else if (maintenance.status() != MaintenanceStatus.IN_PROGRESS) {
      return Rejections.notInProgress(maintenance);
    }
    MaintenanceFacts facts = maintenance.facts();
    return Decision.Accepted.of(new MaintenanceCompleted(Envelope.causedBy(command, facts.version() + 1),
        facts.component(), facts.window().start(), facts.window().end(), true, Maintenance.text(command.note())));
  }

  /** Allowed in any status, closed too: a delivery is a fact. The same notification again changes nothing. */
  static Decision recordAnnouncement(RecordAnnouncement command, ExistingMaintenance maintenance) {
    MaintenanceFacts facts = maintenance.facts();
    if (facts.announcedNotifications().contains(command.notificationId())) {
      return Decision.Accepted.nothingNew(List.of());
    }
    return Decision.Accepted.of(new MaintenanceAnnounced(Envelope.causedBy(command, facts.version() + 1),
        command.notificationId(), command.messageId()));
  }
}
