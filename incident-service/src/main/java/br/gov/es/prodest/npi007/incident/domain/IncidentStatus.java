package br.gov.es.prodest.npi007.incident.domain;

/** Where an incident stands in its lifecycle (PRODUCT.md, "Incident lifecycle"; CONTRACTS.md, issue 3). */
public enum IncidentStatus {
  /** Reported by a client (WhatsApp group or service desk); awaits its acknowledgement and SA. */
  REPORTED,
  /** Message 6.1 reached the group (NPI-007 5.2.2.1); the SA is awaited. */
  AWAITING_SA,
  /** Found by PRODEST itself (monitoring, tests, internal complaint); no message 6.1 is due. */
  DETECTED_BY_PRODEST,
  /** The SA is linked; the team analyses it. */
  UNDER_ANALYSIS,
  /** The team found no incident (message 6.2); closed. */
  NOT_CONFIRMED,
  /** Confirmed for every organ (message 6.3). */
  CONFIRMED_GENERAL,
  /** Confirmed and restricted to one organ (message 6.6). */
  CONFIRMED_RESTRICTED,
  /** To be handled by a scheduled maintenance (message 6.5). */
  MAINTENANCE_SCHEDULED,
  /** The service is back (message 6.4); closed. */
  RESTORED;

  /** The status an incident opens with, by how it became known. NPI-007 5.2.1.1, 5.2.1.2. */
  public static IncidentStatus openedBy(ReportSource source) {
    return switch (source) {
      case WHATSAPP_GROUP, SERVICE_DESK -> REPORTED;
      case MONITORING, INTERNAL_TEST, INTERNAL_COMPLAINT -> DETECTED_BY_PRODEST;
    };
  }

  public boolean closed() {
    return this == NOT_CONFIRMED || this == RESTORED;
  }

  /** Not triaged yet: the team's verdict may still come. */
  public boolean awaitsTriage() {
    return this == REPORTED || this == AWAITING_SA || this == DETECTED_BY_PRODEST || this == UNDER_ANALYSIS;
  }

  /** Confirmed, by a verdict or by a maintenance: the service can be restored and statements posted. */
  public boolean confirmed() {
    return this == CONFIRMED_GENERAL || this == CONFIRMED_RESTRICTED || this == MAINTENANCE_SCHEDULED;
  }
}
