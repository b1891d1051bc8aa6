package br.gov.es.prodest.npi007.incident.domain;

/** What a management statement is about. NPI-007 5.2.3.1 (confirmation), 5.2.3.2 (restoration). */
public enum StatementKind {
  CONFIRMATION, RESTORATION
}
