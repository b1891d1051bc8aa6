package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.AggregateState;
import java.util.Optional;

/** What {@link Maintenance#decide} needs to know about one maintenance, folded from its events. */
public sealed interface MaintenanceState extends AggregateState permits NoMaintenance, ExistingMaintenance {

  /** The lifecycle status, once the maintenance exists. */
  default Optional<MaintenanceStatus> currentStatus() {
    return Optional.empty();
  }
}
