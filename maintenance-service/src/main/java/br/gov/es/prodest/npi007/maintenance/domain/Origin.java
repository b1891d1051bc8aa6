package br.gov.es.prodest.npi007.maintenance.domain;

/** Where a command entered the system; SCHEDULER for the maintenance's own timers. */
public enum Origin {
  API, WHATSAPP, SERVICE_DESK, MONITORING, SCHEDULER, SYSTEM
}
