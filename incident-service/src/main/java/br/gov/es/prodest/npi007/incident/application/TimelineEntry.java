package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.aggregate.EventDetails;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of an incident's timeline (CONTRACTS.md, issue 3; PRODUCT.md, "Audit and replay"): an
 * incident event, a step of one of its messages in ASCOM's outbox, or a delivery attempt.
 *
 * @param sequence       the incident event's position in its stream; null for messages and deliveries
 * @param type           the event's name, e.g. {@code IncidentTriaged}, {@code MessageRendered}, {@code DeliveryFailed}
 * @param notificationId the message's notification, null for incident events that name none
 * @param messageId      the message's id (6.1 … 6.6), when known
 * @param details        the event's own fields besides its envelope; enums and instants as text
 * @param traceId        the W3C trace id of the record the entry came from (issue 13); null when unknown
 */
public record TimelineEntry(
    Kind kind,
    Long sequence,
    String eventId,
    String type,
    Instant occurredAt,
    Actor actor,
    Origin origin,
    String commandId,
    String notificationId,
    String messageId,
    Map<String, Object> details,
    String traceId) {

  /** What the entry is: an incident event, a message of the outbox, or a delivery of one. */
  public enum Kind {
    EVENT, MESSAGE, DELIVERY;

    /** As the API writes it: {@code event}, {@code message}, {@code delivery}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static TimelineEntry of(IncidentEvent event, String traceId) {
    Envelope envelope = event.envelope();
    String notificationId = event instanceof ReportAcknowledged acknowledged ? acknowledged.notificationId() : null;
    return new TimelineEntry(Kind.EVENT, envelope.sequence(), envelope.eventId(), event.getClass().getSimpleName(),
        envelope.occurredAt(), envelope.actor(), envelope.origin(), envelope.commandId(), notificationId,
        notificationId == null ? null : NormMessage.RECEIPT_ACKNOWLEDGEMENT.id(), EventDetails.of(event), traceId);
  }

  /** The same entry, once its message's id is known. */
  public TimelineEntry withMessageId(String id) {
    return new TimelineEntry(kind, sequence, eventId, type, occurredAt, actor, origin, commandId, notificationId, id,
        details, traceId);
  }

  /** The same entry, carrying the trace of the record it came from. */
  public TimelineEntry withTraceId(String id) {
    return new TimelineEntry(kind, sequence, eventId, type, occurredAt, actor, origin, commandId, notificationId,
        messageId, details, id);
  }
}
