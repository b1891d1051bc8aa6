package br.gov.es.prodest.npi007.incident.domain;

/** Where an incident stands in its lifecycle (PRODUCT.md, "Incident lifecycle"). */
public enum IncidentStatus {
  /** Reported by a client (WhatsApp group or service desk); awaits its acknowledgement and SA. */
  REPORTED,
  /** Found by PRODEST itself (monitoring, tests, internal complaint); no message 6.1 is due. */
  DETECTED_BY_PRODEST;

  /** The status an incident opens with, by how it became known. NPI-007 5.2.1.1, 5.2.1.2. */
  public static IncidentStatus openedBy(ReportSource source) {
    return switch (source) {
      case WHATSAPP_GROUP, SERVICE_DESK -> REPORTED;
      case MONITORING, INTERNAL_TEST, INTERNAL_COMPLAINT -> DETECTED_BY_PRODEST;
    };
  }
}
