package br.gov.es.prodest.npi007.aggregate;

import java.time.Instant;
import java.util.Objects;

/**
 * What every event records besides its payload: identity, order, time, who, from where, and the
 * command that caused it.
 *
 * @param aggregateId the incident, maintenance or notification whose stream holds the event
 * @param sequence    position of the event in its aggregate's stream, starting at 1
 */
public record Envelope(
    String eventId,
    String aggregateId,
    long sequence,
    Instant occurredAt,
    Actor actor,
    Origin origin,
    String commandId,
    String correlationId) {

  public Envelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  /** The envelope of the event at {@code sequence} caused by {@code command}. */
  public static Envelope causedBy(Command command, long sequence) {
    return new Envelope(EventIds.causedBy(command.commandId(), sequence), command.aggregateId(), sequence,
        command.issuedAt(), command.actor(), command.origin(), command.commandId(), command.correlationId());
  }
}
