package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceAggregate;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

/** Fixtures of the maintenance tests: fixed ids and clock, commands by name, histories reaching each status. */
public final class Scenario {

  /** 10:00 in Vitória on a Monday: when the team asks. */
  public static final Instant MONDAY_10AM = Instant.parse("2025-03-10T13:00:00Z");
  /** The window asked for: Wednesday 22:00 to 23:30 in Vitória, 2½ days ahead. */
  public static final Instant START = Instant.parse("2025-03-13T01:00:00Z");
  public static final Instant END = Instant.parse("2025-03-13T02:30:00Z");
  public static final String MAINTENANCE = "4b1c0f2e-0000-4000-8000-000000000005";
  public static final String COMPONENT = "SIGEFES";
  public static final Actor TEAM = new Actor("joao.prodest", Role.TEAM, "PRODEST");
  public static final Actor NOTIFICATION_SERVICE = Actor.service("notification-service");
  public static final Policy POLICY = Policy.DEFAULT;
  public static final DecisionContext ALONE = new DecisionContext(POLICY, List.of());
  /** The maintenance's rules with no other maintenance open. */
  public static final MaintenanceAggregate AGGREGATE = new MaintenanceAggregate(POLICY, List::of);

  private Scenario() {
  }

  /** The history these commands and timers cause, each of which must be accepted. */
  public static List<MaintenanceEvent> history(Object... commandsOrTimes) {
    List<MaintenanceEvent> history = new ArrayList<>();
    for (Object step : commandsOrTimes) {
      MaintenanceState state = Maintenance.fold(history);
      if (step instanceof Instant now) {
        history.addAll(Timers.due(state, now, POLICY));
        continue;
      }
      Decision<MaintenanceEvent> decision = Maintenance.decide((MaintenanceCommand) step, state, ALONE);
      assertThat(decision.rejection()).as("given %s", step).isEmpty();
      history.addAll(decision.events());
    }
    return history;
  }

  /** The state after these commands (and timers, given as the instant they fire at). */
  public static MaintenanceState given(Object... commandsOrTimes) {
    return Maintenance.fold(history(commandsOrTimes));
  }

  public static ExistingMaintenance existing(Object... commandsOrTimes) {
    return (ExistingMaintenance) given(commandsOrTimes);
  }

  public static MaintenanceState at(MaintenanceStatus status) {
    return switch (status) {
      case REQUESTED -> given(request("c-request"));
      case ANNOUNCED -> given(request("c-request"), announced("c-ann", "n-65", RecordAnnouncement.ANNOUNCEMENT));
      case RESCHEDULED -> given(request("c-request"), reschedule("c-move", START.plus(Duration.ofDays(1)),
          END.plus(Duration.ofDays(1))));
      case IN_PROGRESS -> given(request("c-request"), START);
      case COMPLETED -> given(request("c-request"), START, END);
      case CANCELLED -> given(request("c-request"), cancel("c-cancel"));
    };
  }

  public static MaintenanceState after(MaintenanceState state, List<MaintenanceEvent> events) {
    return AGGREGATE.evolve(state, events);
  }

  public static RequestMaintenance request(String commandId) {
    return request(commandId, START, END, false);
  }

  public static RequestMaintenance request(String commandId, Instant start, Instant end, boolean urgent) {
    return new RequestMaintenance(commandId, "corr-" + commandId, MONDAY_10AM, TEAM, Origin.API, null, MAINTENANCE,
        " " + COMPONENT + " ", start, end, "Atualização do banco de dados", true, urgent, null);
  }

  /** The usual request, naming the unit responsible for the maintenance (issue 15). */
  public static RequestMaintenance requestFor(String commandId, String unit) {
    RequestMaintenance usual = request(commandId);
    return new RequestMaintenance(usual.commandId(), usual.correlationId(), usual.issuedAt(), usual.actor(),
        usual.origin(), usual.expectedVersion(), usual.maintenanceId(), usual.component(), usual.start(), usual.end(),
        usual.purpose(), usual.causesUnavailability(), usual.urgent(), usual.incidentId(), unit);
  }

  public static RescheduleMaintenance reschedule(String commandId, Instant start, Instant end) {
    return new RescheduleMaintenance(commandId, "corr-" + commandId, MONDAY_10AM, TEAM, Origin.API, null,
        MAINTENANCE, start, end, false, "Fornecedor indisponível");
  }

  public static CancelMaintenance cancel(String commandId) {
    return new CancelMaintenance(commandId, "corr-" + commandId, MONDAY_10AM, TEAM, Origin.API, null, MAINTENANCE,
        "Não é mais necessária");
  }

  public static CompleteMaintenance complete(String commandId, Instant at) {
    return new CompleteMaintenance(commandId, "corr-" + commandId, at, TEAM, Origin.API, null, MAINTENANCE,
        "Concluída antes do previsto");
  }

  public static RecordAnnouncement announced(String commandId, String notificationId, String messageId) {
    return new RecordAnnouncement(commandId, "corr-" + commandId, MONDAY_10AM, NOTIFICATION_SERVICE, Origin.SYSTEM,
        null, MAINTENANCE, notificationId, messageId);
  }
}
