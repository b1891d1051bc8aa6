package br.gov.es.prodest.npi007.notification.message.domain;

/** How a possible incident became known (NPI-007 5.2.1.1-5.2.1.2). */
public enum ReportSource {
  WHATSAPP_GROUP,
  SERVICE_DESK,
  MONITORING,
  INTERNAL_TEST,
  INTERNAL_COMPLAINT
}
