package br.gov.es.prodest.npi007.notification.outbox.domain;

/** Where a notification stands in ASCOM's outbox (CONTRACTS.md, "ASCOM's review of the outbox"). */
public enum NotificationStatus {
  /** ASCOM approves it before it is sent (REVIEW). */
  PENDING_REVIEW,
  /** It may be sent (AUTO, or approved by ASCOM). */
  APPROVED,
  /** ASCOM posted it in the group by hand; the system sends nothing. */
  POSTED_MANUALLY
}
