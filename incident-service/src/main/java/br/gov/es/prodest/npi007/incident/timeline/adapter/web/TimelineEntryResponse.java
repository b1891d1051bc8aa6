package br.gov.es.prodest.npi007.incident.timeline.adapter.web;

import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import java.util.Map;

/**
 * One timeline entry as the internal API shows it (CONTRACTS.md, issue 3), with its {@code kind}
 * ({@code event}, {@code message}, {@code delivery}); {@code sequence} is null but for incident events;
 * {@code traceId} is the W3C trace id of the record it came from, null when unknown (issue 13).
 */
public record TimelineEntryResponse(
    Long sequence,
    String kind,
    String eventId,
    String type,
    String occurredAt,
    ActorResponse actor,
    String origin,
    String commandId,
    String notificationId,
    String messageId,
    Map<String, Object> details,
    String traceId) {

  /** Who caused the event; {@code subject} is the identity provider's {@code sub}, when signed in through it. */
  public record ActorResponse(String userId, String role, String organ, String subject) {
  }

  static TimelineEntryResponse of(TimelineEntry entry) {
    return new TimelineEntryResponse(entry.sequence(), entry.kind().label(), entry.eventId(), entry.type(),
        entry.occurredAt().toString(),
        new ActorResponse(entry.actor().userId(), entry.actor().role().name(), entry.actor().organ(),
            entry.actor().subject()),
        entry.origin().name(), entry.commandId(), entry.notificationId(), entry.messageId(), entry.details(),
        entry.traceId());
  }
}
