package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.List;

/** Reports: one opens an incident; one routed to the open incident of its component joins it. */
final class ReportDecisions {

  private ReportDecisions() {
  }

  static Decision<IncidentEvent> report(ReportIncident command, IncidentState state) {
    if (state instanceof ExistingIncident existing && !command.routedToOpenIncident()) {
      return Decision.rejected(CommonRejections.alreadyExists(Rejections.NAME, command.aggregateId(), "registrado"));
    }
    List<String> blank = command.blankFields();
    if (!blank.isEmpty()) {
      return Decision.rejected(CommonRejections.blank(blank));
    }
    Envelope envelope = Envelope.causedBy(command, state.version() + 1);
    if (state instanceof ClosedIncident closed) {
      return Decision.rejected(Rejections.closed(closed));
    }
    GroupPostEvidence post = command.groupPost();
    if (state instanceof OpenIncident open) {
      return Decision.accepted(List.of(new ReportJoined(envelope, open.facts().component(), command.organ().strip(),
          command.description().strip(), command.source(), command.reportedBy().strip(), post.postId(),
          post.postedAt(), post.text(), post.postedBy())));
    }
    // Also when routed: the incident its component was given to never opened, so this report opens it.
    return Decision.accepted(List.of(new IncidentReported(envelope, command.component().strip(),
        command.organ().strip(), command.description().strip(), command.source(), command.reportedBy().strip(),
        post.postId(), post.postedAt(), post.text(), post.postedBy(), Incident.text(command.unit()),
        Incident.text(command.unrecognisedUnit()))));
  }
}
