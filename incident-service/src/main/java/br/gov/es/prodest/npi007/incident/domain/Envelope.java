package br.gov.es.prodest.npi007.incident.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every incident event records besides its payload: identity, order, time, who, from where,
 * and the command that caused it.
 *
 * @param sequence position of the event in its incident's stream, starting at 1
 */
public record Envelope(
    String eventId,
    String incidentId,
    long sequence,
    Instant occurredAt,
    Actor actor,
    Origin origin,
    String commandId,
    String correlationId) {

  public Envelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  /** The envelope of the event at {@code sequence} caused by {@code command}. */
  public static Envelope causedBy(IncidentCommand command, long sequence) {
    return new Envelope(eventId(command.commandId(), sequence), command.incidentId(), sequence,
        command.issuedAt(), command.actor(), command.origin(), command.commandId(), command.correlationId());
  }

  /** Derived from the command, so a retried command yields the same ids (CONTRACTS.md, "Ids"). */
  public static String eventId(String commandId, long sequence) {
    return UUID.nameUUIDFromBytes((commandId + "/" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
