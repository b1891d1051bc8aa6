package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Given a history, when the clock reads {@code now}, then these timer events (or none). */
class TimersTest {

  private static final Instant DAY_BEFORE = START.minus(Duration.ofHours(24));
  private static final Instant HOUR_BEFORE = START.minus(Duration.ofHours(1));

  @Test
  void nothing_is_due_before_the_first_reminder() {
    MaintenanceState state = at(MaintenanceStatus.ANNOUNCED);

    assertThat(Timers.due(state, DAY_BEFORE.minusMillis(1), POLICY)).isEmpty();
    assertThat(Timers.nextDueAt(state, POLICY)).contains(DAY_BEFORE);
  }

  @Test
  void the_24_hour_reminder_is_due_a_day_before_the_start_and_fires_once() {
    MaintenanceState state = at(MaintenanceStatus.ANNOUNCED);
    Instant now = DAY_BEFORE.plusMillis(300);

    List<MaintenanceEvent> fired = Timers.due(state, now, POLICY);

    assertThat(fired).hasSize(1);
    MaintenanceReminderDue reminder = (MaintenanceReminderDue) fired.get(0);
    assertThat(reminder.leadMinutes()).isEqualTo(1440);
    assertThat(reminder.start()).isEqualTo(START);
    assertThat(reminder.end()).isEqualTo(END);
    assertThat(reminder.component()).isEqualTo(COMPONENT);
    assertThat(reminder.purpose()).isEqualTo("Atualização do banco de dados");
    Envelope envelope = reminder.envelope();
    assertThat(envelope.eventId()).isEqualTo(EventIds.named(MAINTENANCE + "/reminder/" + START.toEpochMilli() + "/1440"));
    assertThat(envelope.commandId()).isEqualTo(envelope.eventId());
    assertThat(envelope.correlationId()).isEqualTo("corr-c-request");
    assertThat(envelope.actor()).isEqualTo(new Actor("maintenance-service", Role.SYSTEM, null));
    assertThat(envelope.origin()).isEqualTo(Origin.SCHEDULER);
    assertThat(envelope.occurredAt()).isEqualTo(now);
    assertThat(envelope.sequence()).isEqualTo(state.version() + 1);

    MaintenanceState reminded = after(state, fired);
    assertThat(Timers.due(reminded, now.plusSeconds(1), POLICY)).isEmpty();
    assertThat(Timers.nextDueAt(reminded, POLICY)).contains(HOUR_BEFORE);
    assertThat(Timers.reminders((ExistingMaintenance) reminded, POLICY)).containsExactly(
        new Reminder(1440, DAY_BEFORE, ReminderState.SENT), new Reminder(60, HOUR_BEFORE, ReminderState.PENDING));
    assertThat(reminded.currentStatus()).contains(MaintenanceStatus.ANNOUNCED);
  }

  @Test
  void the_start_puts_it_in_progress_and_the_end_completes_it() {
    MaintenanceState reminded = given(request("c-request"), DAY_BEFORE, HOUR_BEFORE);

    List<MaintenanceEvent> atStart = Timers.due(reminded, START, POLICY);
    MaintenanceState started = after(reminded, atStart);
    List<MaintenanceEvent> atEnd = Timers.due(started, END, POLICY);

    assertThat(atStart).singleElement().isInstanceOfSatisfying(MaintenanceStarted.class, event -> {
      assertThat(event.envelope().eventId()).isEqualTo(EventIds.named(MAINTENANCE + "/started/" + START.toEpochMilli()));
      assertThat(event.start()).isEqualTo(START);
    });
    assertThat(started.currentStatus()).contains(MaintenanceStatus.IN_PROGRESS);
    assertThat(Timers.nextDueAt(started, POLICY)).contains(END);
    assertThat(Timers.due(started, END.minusMillis(1), POLICY)).isEmpty();
    assertThat(atEnd).singleElement().isInstanceOfSatisfying(MaintenanceCompleted.class, event -> {
      assertThat(event.envelope().eventId()).isEqualTo(EventIds.named(MAINTENANCE + "/completed/" + START.toEpochMilli()));
      assertThat(event.early()).isFalse();
      assertThat(event.note()).isNull();
    });
    MaintenanceState completed = after(started, atEnd);
    assertThat(completed.currentStatus()).contains(MaintenanceStatus.COMPLETED);
    assertThat(Timers.nextDueAt(completed, POLICY)).isEmpty();
    assertThat(Timers.due(completed, END.plus(Duration.ofDays(1)), POLICY)).isEmpty();
  }

  @Test
  void a_reminder_missed_by_less_than_its_lead_is_sent_late_once() {
    MaintenanceState state = at(MaintenanceStatus.ANNOUNCED);
    Instant recovered = START.minus(Duration.ofMinutes(30));

    List<MaintenanceEvent> fired = Timers.due(state, recovered, POLICY);

    assertThat(fired).extracting(event -> ((MaintenanceReminderDue) event).leadMinutes()).containsExactly(1440, 60);
    assertThat(fired).extracting(event -> event.envelope().sequence()).containsExactly(state.version() + 1, state.version() + 2);
  }

  @Test
  void reminders_missed_past_the_start_are_skipped_then_the_maintenance_starts() {
    MaintenanceState state = at(MaintenanceStatus.ANNOUNCED);
    Instant recovered = START.plus(Duration.ofMinutes(10));

    List<MaintenanceEvent> fired = Timers.due(state, recovered, POLICY);

    assertThat(fired).hasSize(3);
    MaintenanceReminderSkipped skipped = (MaintenanceReminderSkipped) fired.get(0);
    assertThat(skipped.leadMinutes()).isEqualTo(1440);
    assertThat(skipped.dueAt()).isEqualTo(DAY_BEFORE);
    assertThat(skipped.reason()).contains("24 horas", "já começou");
    assertThat(skipped.envelope().eventId())
        .isEqualTo(EventIds.named(MAINTENANCE + "/reminder-skipped/" + START.toEpochMilli() + "/1440"));
    assertThat(fired.get(1)).isInstanceOfSatisfying(MaintenanceReminderSkipped.class,
        hour -> assertThat(hour.leadMinutes()).isEqualTo(60));
    assertThat(fired.get(2)).isInstanceOf(MaintenanceStarted.class);
    MaintenanceState after = after(state, fired);
    assertThat(after.currentStatus()).contains(MaintenanceStatus.IN_PROGRESS);
    assertThat(Timers.reminders((ExistingMaintenance) after, POLICY)).extracting(Reminder::state)
        .containsOnly(ReminderState.SKIPPED);
  }

  @Test
  void a_window_missed_whole_while_down_starts_and_completes_on_recovery() {
    MaintenanceState state = given(request("c-request"), DAY_BEFORE, HOUR_BEFORE);

    List<MaintenanceEvent> fired = Timers.due(state, END.plus(Duration.ofHours(3)), POLICY);

    assertThat(fired).hasExactlyElementsOfTypes(MaintenanceStarted.class, MaintenanceCompleted.class);
    assertThat(after(state, fired).currentStatus()).contains(MaintenanceStatus.COMPLETED);
  }

  @Test
  void a_reminder_already_past_when_requested_is_not_scheduled() {
    Instant inTwoHours = MONDAY_10AM.plus(Duration.ofHours(2));
    ExistingMaintenance urgent = existing(request("c-u", inTwoHours, inTwoHours.plusSeconds(3600), true));

    assertThat(Timers.reminders(urgent, POLICY)).containsExactly(
        new Reminder(60, inTwoHours.minus(Duration.ofHours(1)), ReminderState.PENDING));
    assertThat(Timers.nextDueAt(urgent, POLICY)).contains(inTwoHours.minus(Duration.ofHours(1)));
  }

  @Test
  void a_reschedule_moves_every_timer_to_the_new_window() {
    Instant newStart = START.plus(Duration.ofDays(3));
    MaintenanceState moved = given(request("c-request"), DAY_BEFORE,
        reschedule("c-move", newStart, newStart.plus(Duration.ofHours(2))));

    assertThat(Timers.due(moved, START, POLICY)).isEmpty();
    assertThat(Timers.reminders((ExistingMaintenance) moved, POLICY)).extracting(Reminder::state)
        .containsOnly(ReminderState.PENDING);
    assertThat(Timers.nextDueAt(moved, POLICY)).contains(newStart.minus(Duration.ofHours(24)));
    assertThat(Timers.due(moved, newStart, POLICY)).last().isInstanceOfSatisfying(MaintenanceStarted.class,
        started -> assertThat(started.envelope().eventId())
            .isEqualTo(EventIds.named(MAINTENANCE + "/started/" + newStart.toEpochMilli())));
  }

  @Test
  void a_cancelled_maintenance_has_no_timers_left() {
    MaintenanceState cancelled = given(request("c-request"), DAY_BEFORE, cancel("c-cancel"));

    assertThat(Timers.nextDueAt(cancelled, POLICY)).isEmpty();
    assertThat(Timers.due(cancelled, END, POLICY)).isEmpty();
    assertThat(Timers.reminders((ExistingMaintenance) cancelled, POLICY)).containsExactly(
        new Reminder(1440, DAY_BEFORE, ReminderState.SENT));
  }

  @Test
  void a_maintenance_completed_early_has_no_end_timer() {
    MaintenanceState early = given(request("c-request"), START, complete("c-done", START.plusSeconds(60)));

    assertThat(Timers.nextDueAt(early, POLICY)).isEmpty();
    assertThat(Timers.due(early, END, POLICY)).isEmpty();
  }

  @Test
  void the_reminder_leads_are_configurable_and_recorded_at_the_request() {
    Policy twoOthers = new Policy(Duration.ofHours(24),
        List.of(Duration.ofMinutes(15), Duration.ofHours(48), Duration.ofMinutes(15)));
    List<MaintenanceEvent> requested = Maintenance.decide(request("c-request"), NoMaintenance.INSTANCE,
        new DecisionContext(twoOthers, List.of())).events();

    assertThat(((MaintenanceRequested) requested.get(0)).reminderLeadMinutes()).containsExactly(2880, 15);
    assertThat(Timers.reminders((ExistingMaintenance) Maintenance.fold(requested), twoOthers))
        .extracting(Reminder::leadMinutes).containsExactly(2880, 15);
  }

  @Test
  void changing_the_setting_moves_no_pending_reminder_of_a_maintenance_already_requested() {
    Policy changed = new Policy(Duration.ofHours(24), List.of(Duration.ofHours(2)));
    ExistingMaintenance requested = existing(request("c-request"));
    ExistingMaintenance rescheduled = existing(request("c-request"),
        reschedule("c-move", START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1))));

    // requested under the default leads (24 h and 1 h): they stay, whatever the setting says now
    assertThat(Timers.reminders(requested, changed)).extracting(Reminder::leadMinutes).containsExactly(1440, 60);
    assertThat(Timers.nextDueAt(requested, changed)).contains(DAY_BEFORE);
    // two hours before the start only the (late) 24 h reminder is due: no 2 h reminder exists
    assertThat(Timers.due(requested, START.minus(Duration.ofHours(2)), changed))
        .extracting(event -> ((MaintenanceReminderDue) event).leadMinutes()).containsExactly(1440);
    assertThat(Timers.reminders(rescheduled, changed)).extracting(Reminder::leadMinutes).containsExactly(1440, 60);
  }

  @Test
  void a_request_recorded_before_the_leads_were_follows_the_setting_in_force() {
    MaintenanceRequested recorded = (MaintenanceRequested) history(request("c-request")).get(0);
    MaintenanceRequested older = new MaintenanceRequested(recorded.envelope(), recorded.component(), recorded.start(),
        recorded.end(), recorded.purpose(), recorded.causesUnavailability(), recorded.urgent(), recorded.incidentId(),
        recorded.overlapsWith(), null);
    Policy changed = new Policy(Duration.ofHours(24), List.of(Duration.ofHours(2)));

    assertThat(Timers.reminders((ExistingMaintenance) Maintenance.fold(List.of(older)), changed))
        .extracting(Reminder::leadMinutes).containsExactly(120);
  }

  @Test
  void no_maintenance_no_timers() {
    assertThat(Timers.due(NoMaintenance.INSTANCE, END, POLICY)).isEmpty();
    assertThat(Timers.nextDueAt(NoMaintenance.INSTANCE, POLICY)).isEmpty();
  }
}
