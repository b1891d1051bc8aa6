package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Reschedule, cancel, complete early, and commands on a maintenance that does not exist. */
class LifecycleCommandsTest {

  private static final Instant NEW_START = START.plus(Duration.ofDays(2));
  private static final Instant NEW_END = END.plus(Duration.ofDays(2));

  @ParameterizedTest
  @EnumSource(names = {"REQUESTED", "ANNOUNCED", "RESCHEDULED"})
  void a_maintenance_not_started_is_rescheduled(MaintenanceStatus status) {
    MaintenanceState state = at(status);
    ExistingMaintenance before = (ExistingMaintenance) state;

    Decision<MaintenanceEvent> decision = Maintenance.decide(reschedule("c-2", NEW_START, NEW_END), state, ALONE);

    MaintenanceRescheduled rescheduled = onlyEvent(decision, MaintenanceRescheduled.class);
    assertThat(rescheduled.previousStart()).isEqualTo(before.facts().window().start());
    assertThat(rescheduled.previousEnd()).isEqualTo(before.facts().window().end());
    assertThat(rescheduled.start()).isEqualTo(NEW_START);
    assertThat(rescheduled.end()).isEqualTo(NEW_END);
    assertThat(rescheduled.component()).isEqualTo(COMPONENT);
    assertThat(rescheduled.purpose()).isEqualTo("Atualização do banco de dados");
    assertThat(rescheduled.reason()).isEqualTo("Fornecedor indisponível");
    assertThat(rescheduled.envelope().sequence()).isEqualTo(before.version() + 1);
    ExistingMaintenance moved = (ExistingMaintenance) after(state, events(decision));
    assertThat(moved.status()).isEqualTo(MaintenanceStatus.RESCHEDULED);
    assertThat(moved.facts().window()).isEqualTo(new Window(NEW_START, NEW_END));
  }

  @Test
  void a_reschedule_checks_the_window_like_a_request() {
    MaintenanceState state = at(MaintenanceStatus.ANNOUNCED);

    assertRejected(Maintenance.decide(reschedule("c-2", NEW_END, NEW_START), state, ALONE), Kind.RULE_VIOLATED,
        "WINDOW_END_NOT_AFTER_START");
    assertRejected(Maintenance.decide(reschedule("c-2", MONDAY_10AM.minusSeconds(1), NEW_END), state, ALONE),
        Kind.RULE_VIOLATED, "WINDOW_NOT_IN_FUTURE");
    assertRejected(Maintenance.decide(reschedule("c-2", MONDAY_10AM.plusSeconds(3600), NEW_END), state, ALONE),
        Kind.RULE_VIOLATED, "NOTICE_TOO_SHORT");
  }

  @Test
  void an_urgent_reschedule_may_have_a_short_notice() {
    RescheduleMaintenance urgent = new RescheduleMaintenance("c-2", "corr", MONDAY_10AM, TEAM, Origin.API, null,
        MAINTENANCE, MONDAY_10AM.plusSeconds(3600), MONDAY_10AM.plusSeconds(7200), true, null);

    assertThat(onlyEvent(Maintenance.decide(urgent, at(MaintenanceStatus.REQUESTED), ALONE),
        MaintenanceRescheduled.class).urgent()).isTrue();
  }

  @Test
  void a_reschedule_flags_overlaps_other_than_itself() {
    DecisionContext others = new DecisionContext(POLICY, List.of(
        new OpenWindow(MAINTENANCE, COMPONENT, new Window(START, END)),
        new OpenWindow("m-other", "sigefes", new Window(NEW_START, NEW_END))));

    Decision<MaintenanceEvent> decision = Maintenance.decide(reschedule("c-2", NEW_START, NEW_END), at(MaintenanceStatus.REQUESTED), others);

    assertThat(onlyEvent(decision, MaintenanceRescheduled.class).overlapsWith()).containsExactly("m-other");
    assertThat(decision.warnings()).hasSize(1);
  }

  @Test
  void a_maintenance_in_progress_cannot_be_rescheduled() {
    assertRejected(Maintenance.decide(reschedule("c-2", NEW_START, NEW_END), at(MaintenanceStatus.IN_PROGRESS), ALONE),
        Kind.CONFLICT, "MAINTENANCE_ALREADY_STARTED");
  }

  @ParameterizedTest
  @EnumSource(names = {"COMPLETED", "CANCELLED"})
  void a_closed_maintenance_refuses_reschedule_cancel_and_completion(MaintenanceStatus status) {
    MaintenanceState state = at(status);

    assertRejected(Maintenance.decide(reschedule("c-9", NEW_START, NEW_END), state, ALONE), Kind.CONFLICT,
        "MAINTENANCE_CLOSED");
    assertRejected(Maintenance.decide(cancel("c-9"), state, ALONE), Kind.CONFLICT, "MAINTENANCE_CLOSED");
    assertRejected(Maintenance.decide(complete("c-9", END), state, ALONE), Kind.CONFLICT, "MAINTENANCE_CLOSED");
  }

  @ParameterizedTest
  @EnumSource(names = {"REQUESTED", "ANNOUNCED", "RESCHEDULED", "IN_PROGRESS"})
  void an_open_maintenance_is_cancelled(MaintenanceStatus status) {
    MaintenanceState state = at(status);

    Decision<MaintenanceEvent> decision = Maintenance.decide(cancel("c-9"), state, ALONE);

    MaintenanceCancelled cancelled = onlyEvent(decision, MaintenanceCancelled.class);
    assertThat(cancelled.reason()).isEqualTo("Não é mais necessária");
    assertThat(cancelled.component()).isEqualTo(COMPONENT);
    assertThat(after(state, events(decision)).currentStatus()).contains(MaintenanceStatus.CANCELLED);
  }

  @Test
  void a_maintenance_in_progress_is_completed_early() {
    MaintenanceState state = at(MaintenanceStatus.IN_PROGRESS);

    Decision<MaintenanceEvent> decision = Maintenance.decide(complete("c-9", START.plusSeconds(600)), state, ALONE);

    MaintenanceCompleted completed = onlyEvent(decision, MaintenanceCompleted.class);
    assertThat(completed.early()).isTrue();
    assertThat(completed.note()).isEqualTo("Concluída antes do previsto");
    assertThat(completed.envelope().occurredAt()).isEqualTo(START.plusSeconds(600));
    assertThat(after(state, events(decision)).currentStatus()).contains(MaintenanceStatus.COMPLETED);
  }

  @ParameterizedTest
  @EnumSource(names = {"REQUESTED", "ANNOUNCED", "RESCHEDULED"})
  void a_maintenance_not_started_cannot_be_completed(MaintenanceStatus status) {
    assertRejected(Maintenance.decide(complete("c-9", MONDAY_10AM), at(status), ALONE), Kind.CONFLICT,
        "MAINTENANCE_NOT_IN_PROGRESS");
  }

  @Test
  void every_command_on_a_missing_maintenance_is_not_found() {
    for (MaintenanceCommand command : List.<MaintenanceCommand>of(reschedule("c", NEW_START, NEW_END), cancel("c"),
        complete("c", START), announced("c", "n-1", "6.5"))) {
      assertRejected(Maintenance.decide(command, NoMaintenance.INSTANCE, ALONE), Kind.NOT_FOUND,
          "MAINTENANCE_NOT_FOUND");
    }
  }

  @Test
  void a_retried_cancel_is_accepted_with_no_new_event_even_once_closed() {
    MaintenanceState cancelled = at(MaintenanceStatus.CANCELLED);

    assertThat(events(Maintenance.decide(cancel("c-cancel"), cancelled, ALONE))).isEmpty();
  }
}
