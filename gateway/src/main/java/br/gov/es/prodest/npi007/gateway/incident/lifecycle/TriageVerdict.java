package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import br.gov.es.prodest.npi007.avro.incident.Verdict;

/** The outcome of the technical team's analysis (NPI-007 5.2.2.1), as the public API names it. */
public enum TriageVerdict {
  /** Closes the incident: no message to the organs. */
  NOT_CONFIRMED,
  /** Unavailable to every organ: message 6.3 to the group. */
  CONFIRMED_GENERAL,
  /** Unavailable to one organ only: the message goes to that organ. */
  CONFIRMED_RESTRICTED;

  Verdict toWire() {
    return switch (this) {
      case NOT_CONFIRMED -> Verdict.NOT_CONFIRMED;
      case CONFIRMED_GENERAL -> Verdict.CONFIRMED_GENERAL;
      case CONFIRMED_RESTRICTED -> Verdict.CONFIRMED_RESTRICTED;
    };
  }
}
