package br.gov.es.prodest.npi007.gateway.incident.timeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One event of an incident's timeline, as the incident-service serves it (CONTRACTS.md, issue 3).
 *
 * @param sequence   the event's position in the incident's stream, from 1
 * @param type       the event's name, e.g. IncidentTriaged
 * @param actor      who caused it
 * @param origin     through which door the command came, e.g. API, SERVICE_DESK, MONITORING
 * @param commandId  the command that caused it
 * @param details    the event's own fields
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineEntry(
    long sequence,
    String eventId,
    String type,
    Instant occurredAt,
    Actor actor,
    String origin,
    String commandId,
    JsonNode details) {

  /** Who acted: a user of the gateway, or an integration such as {@code service-desk}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Actor(String userId, String role, String organ) {
  }
}
