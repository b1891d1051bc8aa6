package br.gov.es.prodest.npi007.gateway.incident.timeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One entry of an incident's timeline, as the incident-service serves it (CONTRACTS.md, "Timeline
 * and compliance"): an incident event, a message rendered about it, or a delivery of one.
 *
 * @param sequence   an incident event's position in the incident's stream, from 1; null for
 *                   messages and deliveries
 * @param kind       {@code event}, {@code message} or {@code delivery}
 * @param type       the event's name, e.g. IncidentTriaged, MessageRendered, DeliverySucceeded
 * @param actor      who caused it
 * @param origin     through which door the command came, e.g. API, SERVICE_DESK, MONITORING
 * @param commandId  the command that caused it
 * @param notificationId the message, for messages and deliveries (and the 6.1 acknowledgement)
 * @param messageId  the message's type, e.g. 6.1
 * @param details    the event's own fields
 * @param traceId    the W3C trace id of the record the entry came from (issue 13); null when unknown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineEntry(
    Long sequence,
    String kind,
    String eventId,
    String type,
    Instant occurredAt,
    Actor actor,
    String origin,
    String commandId,
    String notificationId,
    String messageId,
    JsonNode details,
    String traceId) {

  /**
   * Who acted: a user of the gateway, or an integration such as {@code service-desk}; {@code subject}
   * is the identity provider's {@code sub} when the user signed in through it (issue 13), else null.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Actor(String userId, String role, String organ, String subject) {

    /** The name as people read it: {@code maria.silva (sub 5f0c…)} when the provider's subject says more. */
    public String shownName() {
      return subject == null || subject.equals(userId) ? userId : userId + " (sub " + subject + ")";
    }
  }
}
