package br.gov.es.prodest.npi007.notification.outbox.domain;

/** Where the command behind an event entered the system. */
public enum Origin {
  API, WHATSAPP, SERVICE_DESK, MONITORING, SCHEDULER, SYSTEM
}
