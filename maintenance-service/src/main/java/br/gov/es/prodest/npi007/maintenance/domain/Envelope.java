package br.gov.es.prodest.npi007.maintenance.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every maintenance event records besides its payload: identity, order, time, who, from
 * where, and the command that caused it (for a timer: the timer itself, whose id is the event's).
 *
 * @param sequence position of the event in its maintenance's stream, starting at 1
 */
public record Envelope(
    String eventId,
    String maintenanceId,
    long sequence,
    Instant occurredAt,
    Actor actor,
    Origin origin,
    String commandId,
    String correlationId) {

  public Envelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(maintenanceId, "maintenanceId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  /** The envelope of the event at {@code sequence} caused by {@code command}. */
  static Envelope causedBy(MaintenanceCommand command, long sequence) {
    return new Envelope(nameUuid(command.commandId() + "/" + sequence), command.maintenanceId(), sequence,
        command.issuedAt(), command.actor(), command.origin(), command.commandId(), command.correlationId());
  }

  /**
   * The envelope of a timer's event (CONTRACTS.md, issue 5): id from the maintenance, the timer's
   * kind and the window's start, so one timer of one window can only ever be one event.
   */
  static Envelope firedBy(MaintenanceFacts facts, String timerName, long sequence, Instant now) {
    String eventId = nameUuid(facts.maintenanceId() + "/" + timerName);
    return new Envelope(eventId, facts.maintenanceId(), sequence, now, Actor.SCHEDULER, Origin.SCHEDULER, eventId,
        facts.correlationId());
  }

  static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
