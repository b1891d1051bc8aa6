package br.gov.es.prodest.npi007.notification.message.domain;

/** The team's verdict on a possible incident (NPI-007 5.2.2.2-5.2.2.4). */
public enum Verdict {
  /** Operating normally: message 6.2. */
  NOT_CONFIRMED,
  /** Unavailable to every organ: message 6.3. */
  CONFIRMED_GENERAL,
  /** Unavailable to one organ: message 6.6. */
  CONFIRMED_RESTRICTED
}
