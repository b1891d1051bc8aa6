package br.gov.es.prodest.npi007.incident.domain;

/** Where a command entered the system. */
public enum Origin {
  API, WHATSAPP, SERVICE_DESK, MONITORING, SCHEDULER, SYSTEM
}
