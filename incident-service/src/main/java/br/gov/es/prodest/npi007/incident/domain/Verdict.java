package br.gov.es.prodest.npi007.incident.domain;

/** The team's verdict on a possible incident. NPI-007 5.2.2.2 to 5.2.2.4. */
public enum Verdict {
  NOT_CONFIRMED(IncidentStatus.NOT_CONFIRMED),
  CONFIRMED_GENERAL(IncidentStatus.CONFIRMED_GENERAL),
  CONFIRMED_RESTRICTED(IncidentStatus.CONFIRMED_RESTRICTED);

  private final IncidentStatus status;

  Verdict(IncidentStatus status) {
    this.status = status;
  }

  /** The status the verdict leads to. */
  public IncidentStatus status() {
    return status;
  }

  public boolean confirmed() {
    return this != NOT_CONFIRMED;
  }
}
