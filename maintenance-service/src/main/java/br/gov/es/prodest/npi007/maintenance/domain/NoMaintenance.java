package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Absent;

/** No maintenance has this id yet. */
public record NoMaintenance() implements MaintenanceState, Absent {

  public static final NoMaintenance INSTANCE = new NoMaintenance();
}
