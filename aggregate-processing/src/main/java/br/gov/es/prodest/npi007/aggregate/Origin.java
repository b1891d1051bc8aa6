package br.gov.es.prodest.npi007.aggregate;

/** Where a command entered the system; SCHEDULER for a service's own timers. */
public enum Origin {
  API, WHATSAPP, SERVICE_DESK, MONITORING, SCHEDULER, SYSTEM
}
