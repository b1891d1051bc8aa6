package br.gov.es.prodest.npi007.incident.messages.domain;

/**
 * Where a message of ASCOM's outbox stands, as far as the notifications and deliveries topics tell
 * (CONTRACTS.md, "Outbox status": the first that holds, from POSTED_MANUALLY down).
 */
public enum OutboxStatus {
  POSTED_MANUALLY, DELIVERED, DEAD, FAILED, SENT, APPROVED, PENDING_REVIEW;

  /** True once the message reached the group or its recipients: delivered, or posted by ASCOM by hand. */
  public boolean reached() {
    return this == POSTED_MANUALLY || this == DELIVERED;
  }
}
