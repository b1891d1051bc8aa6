package br.gov.es.prodest.npi007.maintenance.domain;

import java.time.Instant;

/** One reminder of a maintenance's current window: due {@code leadMinutes} before the start. */
public record Reminder(int leadMinutes, Instant dueAt, ReminderState state) {

  /** The key of a reminder among the maintenance's timers: its window's start and its lead. */
  static String key(Instant start, int leadMinutes) {
    return start.toEpochMilli() + "/" + leadMinutes;
  }
}
