package br.gov.es.prodest.npi007.notification.message.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A message of the norm rendered from an event, on its way to ASCOM's outbox. Its id derives from
 * the causing event and the message, so a replay or retry names the same notification.
 */
public record Notification(
    String notificationId,
    String incidentId,
    String maintenanceId,
    Causation causation,
    boolean reviewRequired,
    RenderedMessage rendered) {

  public static String idOf(String causationEventId, MessageTemplate message) {
    return nameUuid(causationEventId + "/" + message.id());
  }

  /** The id of the event that records this notification's rendering. */
  public String renderedEventId() {
    return nameUuid(notificationId + "/rendered");
  }

  private static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
