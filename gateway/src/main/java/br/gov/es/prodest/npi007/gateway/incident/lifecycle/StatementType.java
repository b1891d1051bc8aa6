package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import br.gov.es.prodest.npi007.avro.incident.StatementKind;

/** What a manager's statement in the group is about (NPI-007 5.2.3), as the public API names it. */
public enum StatementType {
  CONFIRMATION,
  RESTORATION;

  StatementKind toWire() {
    return switch (this) {
      case CONFIRMATION -> StatementKind.CONFIRMATION;
      case RESTORATION -> StatementKind.RESTORATION;
    };
  }
}
