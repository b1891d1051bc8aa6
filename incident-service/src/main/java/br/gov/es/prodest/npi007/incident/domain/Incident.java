package br.gov.es.prodest.npi007.incident.domain;

import java.util.Optional;
import br.gov.es.prodest.npi007.aggregate.CommandChecks;
import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.Decision;
import java.util.List;

/** The incident aggregate: which events a command causes, and what the events make of the state. */
public final class Incident {

  /** The incident's rules as one aggregate, for the processing and the tests. */
  public static final Aggregate<IncidentCommand, IncidentEvent, IncidentState> AGGREGATE =
      Aggregate.of(NoIncident.INSTANCE, Incident::decide, Incident::evolve);

  private Incident() {
  }

  /**
   * Decides a command against the incident's current state: a retry first, then the expected
   * version (If-Match), then existence, then the command's own rules (CONTRACTS.md, issue 3).
   */
  public static Decision<IncidentEvent> decide(IncidentCommand command, IncidentState state) {
    Optional<Decision<IncidentEvent>> checked = CommandChecks.first(Rejections.NAME, command, state,
        () -> Retries.repeats(command, ((ExistingIncident) state).facts().appliedCommands().get(command.commandId())),
        Decision::retry);
    if (checked.isPresent()) {
      return checked.get();
    }
    if (command instanceof ReportIncident report) {
      return ReportDecisions.report(report, state);
    }
    if (!(state instanceof ExistingIncident existing)) {
      return Decision.rejected(CommonRejections.notFound(Rejections.NAME, command.aggregateId()));
    }
    return decideOnExisting(command, existing);
  }

  private static Decision<IncidentEvent> decideOnExisting(IncidentCommand command, ExistingIncident incident) {
    if (command instanceof LinkServiceRequest link) {
      return LifecycleDecisions.linkServiceRequest(link, incident);
    } else if (command instanceof TriageIncident triage) {
      return LifecycleDecisions.triage(triage, incident);
    } else if (command instanceof RestoreService restore) {
      return LifecycleDecisions.restore(restore, incident);
    } else if (command instanceof LinkMaintenance link) {
      return LifecycleDecisions.linkMaintenance(link, incident);
    } else if (command instanceof PostStatement statement) {
      return RecordDecisions.postStatement(statement, incident);
    } else if (command instanceof RecordServiceRequestUpdate update) {
      return RecordDecisions.recordServiceRequestUpdate(update, incident);
    } else if (command instanceof RecordAlertResolution resolution) {
      return RecordDecisions.recordAlertResolution(resolution, incident);
    } else if (command instanceof RecordAcknowledgement acknowledgement) {
      return RecordDecisions.recordAcknowledgement(acknowledgement, incident);
    } else if (command instanceof AssignIncident assignment) {
      return RecordDecisions.assign(assignment, incident);
    } else if (command instanceof ReportIncident) {
      throw new IllegalStateException("relatos são decididos antes");
    }
    throw new IllegalArgumentException("comando desconhecido: " + command);
  }

  /** The state after one more event. An event that cannot follow the state changes nothing. */
  public static IncidentState evolve(IncidentState state, IncidentEvent event) {
    if (state instanceof NoIncident) {
      return event instanceof IncidentReported reported
          ? new OpenIncident(IncidentFacts.openedBy(reported), reported.status())
          : state;
    }
    ExistingIncident incident = (ExistingIncident) state;
    if (event.envelope().sequence() != incident.version() + 1) {
      return state;
    }
    IncidentFacts facts = incident.facts().after(event);
    IncidentStatus status = incident.status();
    if (event instanceof ServiceRequestLinked linked) {
      facts = facts.withServiceRequest(linked.saNumber());
      status = status.awaitsTriage() ? IncidentStatus.UNDER_ANALYSIS : status;
    } else if (event instanceof IncidentTriaged triaged) {
      status = triaged.verdict().status();
    } else if (event instanceof ServiceRestored) {
      status = IncidentStatus.RESTORED;
    } else if (event instanceof MaintenanceLinked linked) {
      facts = facts.withMaintenance(linked.maintenanceId());
      status = IncidentStatus.MAINTENANCE_SCHEDULED;
    } else if (event instanceof ReportAcknowledged acknowledged) {
      facts = facts.withAcknowledgement(acknowledged.notificationId());
      status = status == IncidentStatus.REPORTED ? IncidentStatus.AWAITING_SA : status;
    } else if (event instanceof IncidentAssigned assigned) {
      facts = facts.withUnit(assigned.unit());
    } else if (event instanceof IncidentReported) {
      return state;
    } else if (!(event instanceof ReportJoined || event instanceof StatementPosted
        || event instanceof ServiceRequestUpdated || event instanceof AlertResolved)) {
      throw new IllegalArgumentException("evento desconhecido: " + event);
    }
    return ExistingIncident.of(facts, status);
  }

  /** Folds a whole history, oldest first. */
  public static IncidentState fold(List<? extends IncidentEvent> history) {
    return Aggregate.fold(NoIncident.INSTANCE, history, Incident::evolve);
  }

  /** The text as recorded: stripped, and null when blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
