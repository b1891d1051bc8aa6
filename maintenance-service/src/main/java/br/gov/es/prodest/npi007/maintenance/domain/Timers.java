package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The maintenance's timers, derived from its events alone: the reminders before its window, the
 * window's start and its end. Pure: the time comes in as {@code now}; firing a timer is an event,
 * and a timer whose event is in the history is done, so no timer fires twice.
 */
public final class Timers {

  /** The maintenance-service itself, firing a timer. */
  public static final Actor SCHEDULER = Actor.service("maintenance-service");

  private Timers() {
  }

  /**
   * The events of every timer due at {@code now}, in order: reminders (those whose moment passed by
   * more than their lead, i.e. whose window has begun, are skipped), then the start, then the end.
   * A timer missed while the service was down is due at once.
   */
  public static List<MaintenanceEvent> due(MaintenanceState state, Instant now, Policy policy) {
    if (!(state instanceof ExistingMaintenance maintenance) || maintenance.status().closed()) {
      return List.of();
    }
    MaintenanceFacts facts = maintenance.facts();
    Window window = facts.window();
    List<MaintenanceEvent> events = new ArrayList<>();
    long sequence = facts.version();
    boolean started = maintenance.status() == MaintenanceStatus.IN_PROGRESS;
    if (maintenance.status().beforeStart()) {
      for (Reminder reminder : reminders(maintenance, policy)) {
        if (reminder.state() == ReminderState.PENDING && !now.isBefore(reminder.dueAt())) {
          events.add(now.isBefore(window.start()) ? reminderDue(facts, reminder, ++sequence, now)
              : reminderSkipped(facts, reminder, ++sequence, now));
        }
      }
      if (!now.isBefore(window.start())) {
        events.add(new MaintenanceStarted(timer(facts, "started", ++sequence, now), facts.component(),
            window.start(), window.end()));
        started = true;
      }
    }
    if (started && !now.isBefore(window.end())) {
      events.add(new MaintenanceCompleted(timer(facts, "completed", ++sequence, now), facts.component(),
          window.start(), window.end(), false, null));
    }
    return events;
  }

  /** When the next timer of the maintenance falls due, if any is left. */
  public static Optional<Instant> nextDueAt(MaintenanceState state, Policy policy) {
    if (!(state instanceof ExistingMaintenance maintenance) || maintenance.status().closed()) {
      return Optional.empty();
    }
    Window window = maintenance.facts().window();
    if (maintenance.status() == MaintenanceStatus.IN_PROGRESS) {
      return Optional.of(window.end());
    }
    return reminders(maintenance, policy).stream().filter(reminder -> reminder.state() == ReminderState.PENDING)
        .map(Reminder::dueAt).filter(dueAt -> dueAt.isBefore(window.start())).findFirst()
        .or(() -> Optional.of(window.start()));
  }

  /**
   * The reminders of the current window, earliest first: one per lead recorded at the request (the
   * policy's, for a request that predates recorded leads) whose moment was still ahead when the
   * window was set (a reminder already past then is not scheduled), plus any fired under other
   * leads. Once closed, only those fired.
   */
  public static List<Reminder> reminders(ExistingMaintenance maintenance, Policy policy) {
    MaintenanceFacts facts = maintenance.facts();
    Instant start = facts.window().start();
    List<Reminder> reminders = new ArrayList<>();
    List<Integer> leads = facts.reminderLeadMinutes() != null ? facts.reminderLeadMinutes()
        : policy.reminderLeadMinutes();
    for (int leadMinutes : leads) {
      Instant dueAt = start.minus(Duration.ofMinutes(leadMinutes));
      ReminderState outcome = facts.reminderOutcomes().get(Reminder.key(start, leadMinutes));
      if (outcome != null) {
        reminders.add(new Reminder(leadMinutes, dueAt, outcome));
      } else if (dueAt.isAfter(facts.windowSetAt()) && !maintenance.status().closed()) {
        reminders.add(new Reminder(leadMinutes, dueAt, ReminderState.PENDING));
      }
    }
    String prefix = start.toEpochMilli() + "/";
    facts.reminderOutcomes().forEach((key, outcome) -> {
      int leadMinutes = key.startsWith(prefix) ? Integer.parseInt(key.substring(prefix.length())) : -1;
      if (leadMinutes > 0 && reminders.stream().noneMatch(reminder -> reminder.leadMinutes() == leadMinutes)) {
        reminders.add(new Reminder(leadMinutes, start.minusSeconds(60L * leadMinutes), outcome));
      }
    });
    reminders.sort((a, b) -> a.dueAt().compareTo(b.dueAt()));
    return reminders;
  }

  private static MaintenanceReminderDue reminderDue(MaintenanceFacts facts, Reminder reminder, long sequence,
      Instant now) {
    Window window = facts.window();
    return new MaintenanceReminderDue(timer(facts, "reminder", reminder, sequence, now), facts.component(),
        window.start(), window.end(), facts.purpose(), reminder.leadMinutes());
  }

  private static MaintenanceReminderSkipped reminderSkipped(MaintenanceFacts facts, Reminder reminder, long sequence,
      Instant now) {
    return new MaintenanceReminderSkipped(timer(facts, "reminder-skipped", reminder, sequence, now),
        reminder.leadMinutes(), reminder.dueAt(),
        "O lembrete de " + LocalTimes.of(Duration.ofMinutes(reminder.leadMinutes())) + " antes do início, previsto"
            + " para " + LocalTimes.of(reminder.dueAt()) + ", não foi enviado a tempo: a manutenção já começou ("
            + LocalTimes.of(facts.window().start()) + "), e um lembrete atrasado confundiria os órgãos.");
  }

  // Event ids: maintenanceId/kind/start millis[/lead minutes] (CONTRACTS.md, issue 5).
  private static Envelope timer(MaintenanceFacts facts, String kind, Reminder reminder, long sequence, Instant now) {
    return firedBy(facts, kind + "/" + facts.window().start().toEpochMilli() + "/" + reminder.leadMinutes(),
        sequence, now);
  }

  private static Envelope timer(MaintenanceFacts facts, String kind, long sequence, Instant now) {
    return firedBy(facts, kind + "/" + facts.window().start().toEpochMilli(), sequence, now);
  }

  /**
   * The envelope of a timer's event (CONTRACTS.md, issue 5): id from the maintenance, the timer's
   * kind and the window's start, so one timer of one window can only ever be one event.
   */
  private static Envelope firedBy(MaintenanceFacts facts, String timerName, long sequence, Instant now) {
    String eventId = EventIds.named(facts.maintenanceId(), timerName);
    return new Envelope(eventId, facts.maintenanceId(), sequence, now, SCHEDULER, Origin.SCHEDULER, eventId,
        facts.correlationId());
  }
}
