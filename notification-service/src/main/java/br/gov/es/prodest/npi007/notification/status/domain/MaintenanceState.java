package br.gov.es.prodest.npi007.notification.status.domain;

/** A public maintenance's state: announced and not started, started, or ended either way. */
public enum MaintenanceState {
  SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED;

  /** Whether the page still lists it as current (not ended). */
  public boolean isOpen() {
    return this == SCHEDULED || this == IN_PROGRESS;
  }
}
