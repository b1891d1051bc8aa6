package br.gov.es.prodest.npi007.notification.outbox.application;

/** Where a notification stands in ASCOM's outbox. */
public enum NotificationStatus {
  /** ASCOM approves it before it is sent (REVIEW). */
  PENDING_REVIEW,
  /** It may be sent (AUTO, or approved). */
  APPROVED
}
