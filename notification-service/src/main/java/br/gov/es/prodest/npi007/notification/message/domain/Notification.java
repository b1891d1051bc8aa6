package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;

/**
 * A message of the norm rendered from an event, on its way to ASCOM's outbox. Its id derives from
 * the causing event and the message (and, when placed, the first candidate that lives with its
 * subject: {@link Placement}), so a replay or retry names the same notification.
 */
public record Notification(
    String notificationId,
    String incidentId,
    String maintenanceId,
    Causation causation,
    boolean reviewRequired,
    RenderedMessage rendered) {

  /** The id of the earlier version, unplaced: the causing event and the message alone. */
  public static String idOf(String causationEventId, MessageTemplate message) {
    return unplacedIdOf(causationEventId, message.id());
  }

  /** The unplaced id of the message {@code messageId} caused by that event (how notifications were named before). */
  public static String unplacedIdOf(String causationEventId, String messageId) {
    return Placement.NONE.idOf(seed(causationEventId, messageId), null);
  }

  /** The id of the message caused by that event about {@code subjectId}, placed with it. */
  public static String idOf(String causationEventId, MessageTemplate message, String subjectId, Placement placement) {
    return placement.idOf(seed(causationEventId, message.id()), subjectId);
  }

  private static String seed(String causationEventId, String messageId) {
    return causationEventId + "/" + messageId;
  }

  /** The id of the event that records this notification's rendering. */
  public String renderedEventId() {
    return EventIds.named(notificationId + "/rendered");
  }
}
