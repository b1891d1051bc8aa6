package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Absent;

/** No incident has this id yet. */
public record NoIncident() implements IncidentState, Absent {

  public static final NoIncident INSTANCE = new NoIncident();
}
