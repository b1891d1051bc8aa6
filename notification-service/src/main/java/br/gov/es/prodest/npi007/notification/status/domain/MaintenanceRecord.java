package br.gov.es.prodest.npi007.notification.status.domain;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceScheduled;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.SubjectEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A maintenance as the public side sees it: public once announced (6.5 went to every organ), then
 * with its window and state. Updates: one per state it reached; the scheduled one carries the current
 * window, and moves to the time of a rescheduling made after the announcement.
 *
 * @param announcedAt   the last announcement, or null while never announced
 * @param scheduledAt   when its current window was set (request or rescheduling)
 * @param startedAt     when it started, or null
 * @param endedAt       when it was completed or cancelled, or null
 * @param state         SCHEDULED until it starts, then IN_PROGRESS, COMPLETED or CANCELLED
 */
public record MaintenanceRecord(String id, String componentSlug, Instant start, Instant end, Instant scheduledAt,
    Instant announcedAt, MaintenanceState state, Instant startedAt, Instant endedAt, long sequence) {

  public static final MaintenanceRecord NONE = new MaintenanceRecord(null, null, null, null, null, null,
      MaintenanceState.SCHEDULED, null, null, 0);

  public static MaintenanceRecord fold(List<? extends SubjectEvent> events) {
    MaintenanceRecord record = NONE;
    for (SubjectEvent event : events) {
      record = record.after(event);
    }
    return record;
  }

  /** The record after its next event; a repeat (at or below the last sequence) changes nothing. */
  public MaintenanceRecord after(SubjectEvent event) {
    if (event.sequence() <= sequence) {
      return this;
    }
    if (event instanceof MaintenanceScheduled e) {
      return new MaintenanceRecord(e.subject(), e.componentSlug(), e.start(), e.end(), e.at(), announcedAt, state,
          startedAt, endedAt, e.sequence());
    }
    if (!(event instanceof MaintenanceStep e)) {
      return this;
    }
    Instant announced = announcedAt;
    MaintenanceState newState = state;
    Instant started = startedAt;
    Instant ended = endedAt;
    switch (e.step()) {
      case ANNOUNCED -> announced = e.at();
      case STARTED -> {
        newState = MaintenanceState.IN_PROGRESS;
        started = e.at();
      }
      case COMPLETED -> {
        newState = MaintenanceState.COMPLETED;
        ended = e.at();
      }
      case CANCELLED -> {
        newState = MaintenanceState.CANCELLED;
        ended = e.at();
      }
    }
    return new MaintenanceRecord(e.subject(), componentSlug, start, end, scheduledAt, announced, newState, started,
        ended, e.sequence());
  }

  /** Every maintenance once announced (NPI-007 6.5); one never announced stays internal. */
  public boolean isPublic() {
    return announcedAt != null && componentSlug != null && start != null;
  }

  /** Whether the component was under maintenance because of it and came back: when, else null. */
  public Instant returnedAt() {
    return startedAt != null ? endedAt : null;
  }

  /** Its public updates, one per state reached, each published when it happened (or at the announcement, if later). */
  public List<MaintenanceUpdate> updates() {
    List<MaintenanceUpdate> updates = new ArrayList<>();
    if (!isPublic()) {
      return updates;
    }
    Instant scheduled = scheduledAt != null && scheduledAt.isAfter(announcedAt) ? scheduledAt : announcedAt;
    updates.add(update(MaintenanceState.SCHEDULED, scheduled));
    if (startedAt != null) {
      updates.add(update(MaintenanceState.IN_PROGRESS, startedAt));
    }
    if (endedAt != null) {
      updates.add(update(state, endedAt));
    }
    return updates;
  }

  private MaintenanceUpdate update(MaintenanceState reached, Instant at) {
    Instant published = at.isBefore(announcedAt) ? announcedAt : at;
    return new MaintenanceUpdate(id, reached, MaintenanceSentence.titleOf(reached),
        MaintenanceSentence.of(reached, start, end), published);
  }
}
