package br.gov.es.prodest.npi007.maintenance.domain;

/** Where one reminder of the current window stands. */
public enum ReminderState {
  PENDING, SENT, SKIPPED
}
