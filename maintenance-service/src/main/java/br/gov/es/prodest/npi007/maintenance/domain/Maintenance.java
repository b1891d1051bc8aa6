package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.function.Supplier;
import java.util.Optional;
import br.gov.es.prodest.npi007.aggregate.CommandChecks;
import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.Decision;
import java.util.List;

/** The maintenance aggregate: which events a command causes, and what the events make of the state. */
public final class Maintenance {

  private Maintenance() {
  }

  /**
   * Decides a command against the maintenance's current state: a retry first, then the expected
   * version (If-Match), then existence, then the command's own rules (CONTRACTS.md, issue 5).
   */
  public static Decision<MaintenanceEvent> decide(MaintenanceCommand command, MaintenanceState state, DecisionContext context) {
    Supplier<MaintenanceEvent> caused = () ->
        ((ExistingMaintenance) state).facts().appliedCommands().get(command.commandId());
    Optional<Decision<MaintenanceEvent>> checked = CommandChecks.first(Rejections.NAME, command, state,
        () -> Retries.repeats(command, caused.get()), () -> Warnings.nothingNew(Warnings.of(caused.get())));
    if (checked.isPresent()) {
      return checked.get();
    }
    if (command instanceof RequestMaintenance request) {
      return WindowDecisions.request(request, state, context);
    }
    if (!(state instanceof ExistingMaintenance existing)) {
      return Decision.rejected(CommonRejections.notFound(Rejections.NAME, command.aggregateId()));
    }
    if (command instanceof RescheduleMaintenance reschedule) {
      return WindowDecisions.reschedule(reschedule, existing, context);
    } else if (command instanceof CancelMaintenance cancel) {
      return LifecycleDecisions.cancel(cancel, existing);
    } else if (command instanceof CompleteMaintenance complete) {
      return LifecycleDecisions.complete(complete, existing);
    } else if (command instanceof RecordAnnouncement record) {
      return LifecycleDecisions.recordAnnouncement(record, existing);
    }
    throw new IllegalArgumentException("comando desconhecido: " + command);
  }

  /** The state after one more event. An event that cannot follow the state changes nothing. */
  public static MaintenanceState evolve(MaintenanceState state, MaintenanceEvent event) {
    if (!(state instanceof ExistingMaintenance maintenance)) {
      return event instanceof MaintenanceRequested requested
          ? new ExistingMaintenance(MaintenanceFacts.openedBy(requested), MaintenanceStatus.REQUESTED)
          : state;
    }
    if (event.envelope().sequence() != maintenance.version() + 1) {
      return state;
    }
    MaintenanceFacts facts = maintenance.facts().after(event);
    MaintenanceStatus status = maintenance.status();
    if (event instanceof MaintenanceRescheduled rescheduled) {
      return new ExistingMaintenance(facts.rescheduled(rescheduled), MaintenanceStatus.RESCHEDULED);
    } else if (event instanceof MaintenanceCancelled) {
      status = MaintenanceStatus.CANCELLED;
    } else if (event instanceof MaintenanceAnnounced announced) {
      // Announced once the message of the current window went out: a late 6.5 of a window since moved is only recorded.
      boolean announcesWindow = announced.messageId().equals(facts.windowNotice());
      status = announcesWindow && (status == MaintenanceStatus.REQUESTED || status == MaintenanceStatus.RESCHEDULED)
          ? MaintenanceStatus.ANNOUNCED : status;
      facts = facts.announced(announced.notificationId());
    } else if (event instanceof MaintenanceReminderDue due) {
      facts = facts.reminded(due.start(), due.leadMinutes(), ReminderState.SENT);
    } else if (event instanceof MaintenanceReminderSkipped skipped) {
      facts = facts.reminded(skipped.dueAt().plusSeconds(60L * skipped.leadMinutes()), skipped.leadMinutes(),
          ReminderState.SKIPPED);
    } else if (event instanceof MaintenanceStarted) {
      status = MaintenanceStatus.IN_PROGRESS;
    } else if (event instanceof MaintenanceCompleted) {
      status = MaintenanceStatus.COMPLETED;
    } else if (event instanceof MaintenanceRequested) {
      return state;
    }
    return new ExistingMaintenance(facts, status);
  }

  /** Folds a whole history, oldest first. */
  public static MaintenanceState fold(List<? extends MaintenanceEvent> history) {
    return Aggregate.fold(NoMaintenance.INSTANCE, history, Maintenance::evolve);
  }

  /** The text as recorded: stripped, and null when blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
