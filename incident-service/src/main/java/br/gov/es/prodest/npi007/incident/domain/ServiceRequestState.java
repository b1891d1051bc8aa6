package br.gov.es.prodest.npi007.incident.domain;

/** Lifecycle state of an SA (solicitação de atendimento) in the service desk. */
public enum ServiceRequestState {
  OPENED, UPDATED, RESOLVED, CLOSED
}
