package br.gov.es.prodest.npi007.gateway.incident;

import br.gov.es.prodest.npi007.avro.incident.ReportSource;

/** How a possible incident became known (NPI-007 5.2.1.1-5.2.1.2), as the public API names it. */
public enum IncidentSource {
  /** A client's post in the WhatsApp group: message 6.1 follows. */
  WHATSAPP_GROUP,
  SERVICE_DESK,
  /** The last three are detected by PRODEST itself: no 6.1. */
  MONITORING,
  INTERNAL_TEST,
  INTERNAL_COMPLAINT;

  ReportSource toWire() {
    return switch (this) {
      case WHATSAPP_GROUP -> ReportSource.WHATSAPP_GROUP;
      case SERVICE_DESK -> ReportSource.SERVICE_DESK;
      case MONITORING -> ReportSource.MONITORING;
      case INTERNAL_TEST -> ReportSource.INTERNAL_TEST;
      case INTERNAL_COMPLAINT -> ReportSource.INTERNAL_COMPLAINT;
    };
  }
}
