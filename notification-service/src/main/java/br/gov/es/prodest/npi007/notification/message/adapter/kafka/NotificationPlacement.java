package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.domain.Placement;
import br.gov.es.prodest.npi007.schemas.Topics;

/**
 * A new notification lives on its subject's partition (issue 10): its id lands, in the notifications
 * and notification-commands topics, on the partition its incident's (or maintenance's) events are on.
 * The task that renders it is then the task that owns it, and opens it with no repartition. The
 * incident and maintenance events, keyed by their aggregate, have as many partitions as the
 * notification topics (NotificationTopologyTest checks), so one rule serves both.
 */
public final class NotificationPlacement {

  public static final Placement WITH_SUBJECT = Placement.by((notificationId, subjectId) ->
      Topics.NOTIFICATIONS.partitionOf(notificationId) == Topics.INCIDENT_EVENTS.partitionOf(subjectId));

  private NotificationPlacement() {
  }

  /** True when a notification of that id is owned by the task of {@code partition}: it is opened there, in the same hop. */
  public static boolean ownedBy(String notificationId, int partition) {
    return Topics.NOTIFICATIONS.partitionOf(notificationId) == partition;
  }
}
