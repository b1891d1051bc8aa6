package br.gov.es.prodest.npi007.incident.messages.domain;

/** Where one delivery target stands after an attempt; a later state of the same attempt wins. */
public enum DeliveryStatus {
  SENT, FAILED, DELIVERED, DEAD
}
