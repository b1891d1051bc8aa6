package br.gov.es.prodest.npi007.notification.message.domain;

import java.time.Instant;

/** The identity and time of the event a message is rendered from, carried onto the message. */
public record Causation(String eventId, String aggregateId, Instant occurredAt, String commandId, String correlationId) {
}
