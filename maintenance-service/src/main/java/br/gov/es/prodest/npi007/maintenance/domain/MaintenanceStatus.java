package br.gov.es.prodest.npi007.maintenance.domain;

/** Where a maintenance stands (CONTRACTS.md, issue 5). */
public enum MaintenanceStatus {
  REQUESTED, ANNOUNCED, RESCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED;

  /** Completed and cancelled maintenances accept nothing more but announcements. */
  public boolean closed() {
    return this == COMPLETED || this == CANCELLED;
  }

  /** Not started yet: may still be rescheduled, reminded and started. */
  public boolean beforeStart() {
    return this == REQUESTED || this == ANNOUNCED || this == RESCHEDULED;
  }
}
