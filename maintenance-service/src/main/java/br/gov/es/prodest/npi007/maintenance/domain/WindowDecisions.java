package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Requests and reschedules: the window's rules, and the overlaps they flag without refusing. */
final class WindowDecisions {

  private WindowDecisions() {
  }

  static Decision<MaintenanceEvent> request(RequestMaintenance command, MaintenanceState state, DecisionContext context) {
    if (state instanceof ExistingMaintenance) {
      return Decision.rejected(CommonRejections.alreadyExists(Rejections.NAME, command.aggregateId(), "solicitada"));
    }
    List<String> blank = new ArrayList<>();
    if (Maintenance.text(command.component()) == null) {
      blank.add("component");
    }
    if (command.start() == null) {
      blank.add("start");
    }
    if (command.end() == null) {
      blank.add("end");
    }
    if (!blank.isEmpty()) {
      return Decision.rejected(CommonRejections.blank(blank));
    }
    Window window = new Window(command.start(), command.end());
    Optional<CommandRejected> refused = check(window, command, context.policy());
    if (refused.isPresent()) {
      return Decision.rejected(refused.get());
    }
    String component = command.component().strip();
    return Warnings.accepted(new MaintenanceRequested(Envelope.causedBy(command, 1), component,
        window.start(), window.end(), Maintenance.text(command.purpose()), command.causesUnavailability(),
        urgent(window, command, context.policy()), Maintenance.text(command.incidentId()),
        context.overlapping(command.maintenanceId(), component, window), context.policy().reminderLeadMinutes(),
        Maintenance.text(command.unit())));
  }

  static Decision<MaintenanceEvent> reschedule(RescheduleMaintenance command, ExistingMaintenance maintenance,
      DecisionContext context) {
    if (maintenance.status().closed()) {
      return Decision.rejected(Rejections.closed(maintenance));
    } else if (maintenance.status() == MaintenanceStatus.IN_PROGRESS) {
      return Decision.rejected(Rejections.alreadyStarted(maintenance));
    }
    List<String> blank = new ArrayList<>();
    if (command.start() == null) {
      blank.add("start");
    }
    if (command.end() == null) {
      blank.add("end");
    }
    if (!blank.isEmpty()) {
      return Decision.rejected(CommonRejections.blank(blank));
    }
    Window window = new Window(command.start(), command.end());
    Optional<CommandRejected> refused = check(window, command, context.policy());
    if (refused.isPresent()) {
      return Decision.rejected(refused.get());
    }
    MaintenanceFacts facts = maintenance.facts();
    return Warnings.accepted(new MaintenanceRescheduled(Envelope.causedBy(command, facts.version() + 1),
        facts.component(), facts.window().start(), facts.window().end(), window.start(), window.end(),
        facts.purpose(), urgent(window, command, context.policy()), Maintenance.text(command.reason()),
        context.overlapping(facts.maintenanceId(), facts.component(), window)));
  }

  // The window ends after it starts, lies in the future, and is announced with the minimum notice unless urgent.
  private static Optional<CommandRejected> check(Window window, MaintenanceCommand command, Policy policy) {
    if (!window.end().isAfter(window.start())) {
      return Optional.of(Rejections.endNotAfterStart(window));
    } else if (!window.start().isAfter(command.issuedAt())) {
      return Optional.of(Rejections.notInFuture(window));
    } else if (shortNotice(window, command, policy) && !urgentFlag(command)) {
      return Optional.of(Rejections.noticeTooShort(policy.minimumNotice(), notice(window, command)));
    }
    return Optional.empty();
  }

  // Recorded as urgent only when the notice is short: the flag is what allowed it.
  private static boolean urgent(Window window, MaintenanceCommand command, Policy policy) {
    return urgentFlag(command) && shortNotice(window, command, policy);
  }

  private static boolean shortNotice(Window window, MaintenanceCommand command, Policy policy) {
    return notice(window, command).compareTo(policy.minimumNotice()) < 0;
  }

  private static Duration notice(Window window, MaintenanceCommand command) {
    return Duration.between(command.issuedAt(), window.start());
  }

  private static boolean urgentFlag(MaintenanceCommand command) {
    return command instanceof RequestMaintenance request ? request.urgent()
        : command instanceof RescheduleMaintenance reschedule && reschedule.urgent();
  }
}
