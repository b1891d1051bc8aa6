package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import br.gov.es.prodest.npi007.aggregate.Decision;
import java.util.List;

/** Commands that record something on the incident without moving it: statements, the responsible unit, integration evidence. */
final class RecordDecisions {

  private RecordDecisions() {
  }

  // NPI-007 5.2.3.1 (confirmation) and 5.2.3.2 (restoration: the one act on a closed incident).
  static Decision<IncidentEvent> postStatement(PostStatement command, ExistingIncident incident) {
    boolean allowed = command.kind() == StatementKind.RESTORATION
        ? incident.status() == IncidentStatus.RESTORED
        : incident instanceof OpenIncident && incident.status().confirmed();
    if (command.kind() == null || !allowed) {
      return Decision.rejected(Rejections.statementNotAllowed(incident, command.kind()));
    }
    String text = Incident.text(command.text());
    if (text == null) {
      return Decision.rejected(CommonRejections.blank(List.of("o texto do pronunciamento (text)")));
    }
    return LifecycleDecisions.accepted(new StatementPosted(LifecycleDecisions.next(command, incident),
        command.kind(), text, command.office(), Incident.text(command.unit())));
  }

  // Issue 15: the unit responsible for the incident ("a equipe responsável pela tratativa", 5.2), set at
  // triage or at any time before closing; a reassignment names the unit it replaces. The unit is a
  // code of the catalogue, which the gateway checked; the incident only needs one that is not blank.
  static Decision<IncidentEvent> assign(AssignIncident command, ExistingIncident incident) {
    if (incident instanceof ClosedIncident) {
      return Decision.rejected(Rejections.closed(incident));
    }
    String unit = Incident.text(command.unit());
    if (unit == null) {
      return Decision.rejected(CommonRejections.blank(List.of("a unidade (unit)")));
    } else if (unit.equals(incident.facts().unit())) {
      return Decision.retry();
    }
    return LifecycleDecisions.accepted(new IncidentAssigned(LifecycleDecisions.next(command, incident), unit,
        Incident.text(command.note()), incident.facts().unit()));
  }

  static Decision<IncidentEvent> recordServiceRequestUpdate(RecordServiceRequestUpdate command, ExistingIncident incident) {
    return LifecycleDecisions.accepted(new ServiceRequestUpdated(LifecycleDecisions.next(command, incident),
        Incident.text(command.saNumber()), command.state(), Incident.text(command.summary())));
  }

  static Decision<IncidentEvent> recordAlertResolution(RecordAlertResolution command, ExistingIncident incident) {
    return LifecycleDecisions.accepted(new AlertResolved(LifecycleDecisions.next(command, incident),
        command.fingerprint(), command.alertName(), command.resolvedAt(), Incident.text(command.summary())));
  }

  // NPI-007 5.2.2.1: 6.1 reached the group. On any status, closed too: the timeline shows it arrived.
  static Decision<IncidentEvent> recordAcknowledgement(RecordAcknowledgement command, ExistingIncident incident) {
    String notificationId = Incident.text(command.notificationId());
    if (notificationId == null) {
      return Decision.rejected(CommonRejections.blank(List.of("a notificação (notificationId)")));
    } else if (incident.facts().acknowledgements().contains(notificationId)) {
      return Decision.retry();
    }
    return LifecycleDecisions.accepted(new ReportAcknowledged(LifecycleDecisions.next(command, incident),
        notificationId));
  }
}
