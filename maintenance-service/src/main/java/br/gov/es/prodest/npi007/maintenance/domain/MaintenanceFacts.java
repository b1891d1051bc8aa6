package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an existing maintenance knows, folded from its events.
 *
 * @param unit                  the code of the unit responsible for the maintenance (issue 15), or null
 * @param windowSetAt           when the current window was requested or rescheduled: reminders
 *                              already due then are not scheduled
 * @param windowNotice          the message announcing the current window: 6.5 or 6.5-reagendamento
 * @param correlationId         the request's correlation id, carried by the timers' events
 * @param version               sequence of the last event
 * @param appliedCommands       the first event each applied command caused, to recognise retries
 * @param announcedNotifications the notifications recorded as delivered
 * @param reminderOutcomes      the reminders fired, by {@link Reminder#key}: SENT or SKIPPED
 * @param reminderLeadMinutes   the reminders' leads recorded at the request, longest first (issue 14),
 *                              or null when the request predates them: the policy's leads apply
 */
public record MaintenanceFacts(
    String maintenanceId,
    String component,
    Window window,
    String purpose,
    boolean causesUnavailability,
    boolean urgent,
    String incidentId,
    String unit,
    List<String> overlapsWith,
    Instant requestedAt,
    Instant windowSetAt,
    String windowNotice,
    Instant updatedAt,
    String correlationId,
    long version,
    Map<String, MaintenanceEvent> appliedCommands,
    Set<String> announcedNotifications,
    Map<String, ReminderState> reminderOutcomes,
    List<Integer> reminderLeadMinutes) {

  public MaintenanceFacts {
    Objects.requireNonNull(maintenanceId, "maintenanceId");
    overlapsWith = List.copyOf(overlapsWith);
    appliedCommands = Map.copyOf(appliedCommands);
    announcedNotifications = Set.copyOf(announcedNotifications);
    reminderOutcomes = Map.copyOf(reminderOutcomes);
    reminderLeadMinutes = reminderLeadMinutes == null ? null : List.copyOf(reminderLeadMinutes);
  }

  static MaintenanceFacts openedBy(MaintenanceRequested requested) {
    Envelope envelope = requested.envelope();
    return new MaintenanceFacts(envelope.aggregateId(), requested.component(),
        new Window(requested.start(), requested.end()), requested.purpose(), requested.causesUnavailability(),
        requested.urgent(), requested.incidentId(), requested.unit(), requested.overlapsWith(), envelope.occurredAt(),
        envelope.occurredAt(), RecordAnnouncement.ANNOUNCEMENT, envelope.occurredAt(), envelope.correlationId(),
        envelope.sequence(), Map.of(envelope.commandId(), requested), Set.of(), Map.of(),
        requested.reminderLeadMinutes());
  }

  /** After one more event: its sequence is the version, its time the last update, its command applied. */
  MaintenanceFacts after(MaintenanceEvent event) {
    Map<String, MaintenanceEvent> applied = new HashMap<>(appliedCommands);
    applied.putIfAbsent(event.envelope().commandId(), event);
    return new MaintenanceFacts(maintenanceId, component, window, purpose, causesUnavailability, urgent, incidentId,
        unit, overlapsWith, requestedAt, windowSetAt, windowNotice, event.envelope().occurredAt(), correlationId,
        event.envelope().sequence(), applied, announcedNotifications, reminderOutcomes,
        reminderLeadMinutes);
  }

  MaintenanceFacts rescheduled(MaintenanceRescheduled event) {
    return new MaintenanceFacts(maintenanceId, component, new Window(event.start(), event.end()), purpose,
        causesUnavailability, event.urgent(), incidentId, unit, event.overlapsWith(), requestedAt,
        event.envelope().occurredAt(), RecordAnnouncement.RESCHEDULING_NOTICE, updatedAt, correlationId, version,
        appliedCommands, announcedNotifications, reminderOutcomes, reminderLeadMinutes);
  }

  MaintenanceFacts announced(String notificationId) {
    Set<String> announced = new HashSet<>(announcedNotifications);
    announced.add(notificationId);
    return new MaintenanceFacts(maintenanceId, component, window, purpose, causesUnavailability, urgent, incidentId,
        unit, overlapsWith, requestedAt, windowSetAt, windowNotice, updatedAt, correlationId, version, appliedCommands,
        announced, reminderOutcomes, reminderLeadMinutes);
  }

  MaintenanceFacts reminded(Instant start, int leadMinutes, ReminderState outcome) {
    Map<String, ReminderState> outcomes = new HashMap<>(reminderOutcomes);
    outcomes.put(Reminder.key(start, leadMinutes), outcome);
    return new MaintenanceFacts(maintenanceId, component, window, purpose, causesUnavailability, urgent, incidentId,
        unit, overlapsWith, requestedAt, windowSetAt, windowNotice, updatedAt, correlationId, version, appliedCommands,
        announcedNotifications, outcomes, reminderLeadMinutes);
  }
}
