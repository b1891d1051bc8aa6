package br.gov.es.prodest.npi007.notification.outbox.domain;

/**
 * Where a notification stands in ASCOM's outbox (CONTRACTS.md, "ASCOM's review of the outbox" and
 * "Outbox status"). The aggregate knows the first three; the view computes the others from the
 * delivery events.
 */
public enum NotificationStatus {
  /** ASCOM approves it before it is sent (REVIEW). */
  PENDING_REVIEW,
  /** It may be sent (AUTO, or approved by ASCOM). */
  APPROVED,
  /** ASCOM posted it in the group by hand; the system sends nothing more. */
  POSTED_MANUALLY,
  /** An attempt started and its outcome is not known yet. */
  SENT,
  /** Every target took it. */
  DELIVERED,
  /** A target was refused and its retry is scheduled. */
  FAILED,
  /** A target was given up: ASCOM checks it, and may post it by hand. */
  DEAD;

  /**
   * The outbox status: the first that holds of POSTED_MANUALLY, DELIVERED, DEAD, FAILED, SENT, then
   * the status the notification's own events give (CONTRACTS.md, "Outbox status").
   *
   * @param reviewed   the status of the notification's own events (PENDING_REVIEW, APPROVED, POSTED_MANUALLY)
   * @param delivered  the message reached every target
   * @param anyDead    a target was given up
   * @param anyRetry   a target was refused and its retry is due
   * @param anyStarted an attempt started and its outcome is not recorded
   */
  public static NotificationStatus outbox(NotificationStatus reviewed, boolean delivered, boolean anyDead,
      boolean anyRetry, boolean anyStarted) {
    if (reviewed == POSTED_MANUALLY) {
      return reviewed;
    } else if (delivered) {
      return DELIVERED;
    } else if (anyDead) {
      return DEAD;
    } else if (anyRetry) {
      return FAILED;
    } else if (anyStarted) {
      return SENT;
    }
    return reviewed;
  }
}
