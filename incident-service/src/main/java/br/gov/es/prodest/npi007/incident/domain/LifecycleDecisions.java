package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.List;

/** The commands that move an incident along its lifecycle: SA, triage, maintenance, restoration. */
final class LifecycleDecisions {

  private LifecycleDecisions() {
  }

  // NPI-007 5.2.2.1: the SA the organ opened; triage may come first.
  static Decision<IncidentEvent> linkServiceRequest(LinkServiceRequest command, ExistingIncident incident) {
    if (incident instanceof ClosedIncident) {
      return Decision.rejected(Rejections.closed(incident));
    }
    String saNumber = Incident.text(command.saNumber());
    if (saNumber == null) {
      return Decision.rejected(CommonRejections.blank(List.of("o número da SA (saNumber)")));
    }
    String linked = incident.facts().saNumber();
    if (saNumber.equals(linked)) {
      return Decision.retry();
    } else if (linked != null) {
      return Decision.rejected(Rejections.otherServiceRequest(incident, saNumber));
    }
    GroupPostEvidence post = command.groupPost();
    return accepted(new ServiceRequestLinked(next(command, incident), saNumber, post.postId(), post.postedAt(),
        post.text(), post.postedBy()));
  }

  // NPI-007 5.2.2.2 to 5.2.2.4: not confirmed (6.2), confirmed for all (6.3), for one organ (6.6).
  static Decision<IncidentEvent> triage(TriageIncident command, ExistingIncident incident) {
    if (incident instanceof ClosedIncident) {
      return Decision.rejected(Rejections.closed(incident));
    } else if (!incident.status().awaitsTriage()) {
      return Decision.rejected(Rejections.alreadyTriaged(incident));
    } else if (command.verdict() == null) {
      return Decision.rejected(CommonRejections.blank(List.of("o veredito (verdict)")));
    }
    String impact = Incident.text(command.impact());
    String organ = Incident.text(command.organ());
    if (command.verdict().confirmed() && impact == null) {
      return Decision.rejected(Rejections.impactRequired());
    } else if (command.verdict() == Verdict.CONFIRMED_RESTRICTED && organ == null) {
      return Decision.rejected(Rejections.organRequired());
    }
    return accepted(new IncidentTriaged(next(command, incident), incident.facts().component(), command.verdict(),
        command.verdict().confirmed() ? impact : null,
        command.verdict() == Verdict.CONFIRMED_RESTRICTED ? organ : null));
  }

  // NPI-007 5.2.2.5: only a confirmed incident (or one under maintenance) is restored (6.4).
  static Decision<IncidentEvent> restore(RestoreService command, ExistingIncident incident) {
    if (incident instanceof ClosedIncident) {
      return Decision.rejected(Rejections.closed(incident));
    } else if (!incident.status().confirmed()) {
      return Decision.rejected(Rejections.notConfirmed(incident));
    }
    return accepted(new ServiceRestored(next(command, incident), incident.facts().component(),
        Incident.text(command.note())));
  }

  // NPI-007 5.2.1.3: the incident is handled by a scheduled maintenance (6.5).
  static Decision<IncidentEvent> linkMaintenance(LinkMaintenance command, ExistingIncident incident) {
    if (incident instanceof ClosedIncident) {
      return Decision.rejected(Rejections.closed(incident));
    }
    String maintenanceId = Incident.text(command.maintenanceId());
    if (maintenanceId == null) {
      return Decision.rejected(CommonRejections.blank(List.of("a manutenção (maintenanceId)")));
    }
    String linked = incident.facts().maintenanceId();
    if (linked != null && !linked.equals(maintenanceId)) {
      return Decision.rejected(Rejections.otherMaintenance(incident, maintenanceId));
    }
    return accepted(new MaintenanceLinked(next(command, incident), maintenanceId));
  }

  static Envelope next(IncidentCommand command, IncidentState incident) {
    return Envelope.causedBy(command, incident.version() + 1);
  }

  static Decision<IncidentEvent> accepted(IncidentEvent event) {
    return Decision.accepted(List.of(event));
  }
}
