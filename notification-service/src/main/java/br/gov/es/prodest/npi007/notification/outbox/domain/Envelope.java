package br.gov.es.prodest.npi007.notification.outbox.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every notification event records besides its payload.
 *
 * @param sequence position of the event in its notification's stream, starting at 1
 */
public record Envelope(
    String eventId,
    String notificationId,
    long sequence,
    Instant occurredAt,
    Actor actor,
    Origin origin,
    String commandId,
    String correlationId) {

  public Envelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  /** The envelope of the event at {@code sequence} caused by ASCOM's command (CONTRACTS.md, "Ids"). */
  static Envelope causedBy(NotificationCommand command, long sequence) {
    CommandMetadata metadata = command.metadata();
    return new Envelope(nameUuid(metadata.commandId() + "/" + sequence), command.notificationId(), sequence,
        metadata.issuedAt(), metadata.actor(), metadata.origin(), metadata.commandId(), metadata.correlationId());
  }

  static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
