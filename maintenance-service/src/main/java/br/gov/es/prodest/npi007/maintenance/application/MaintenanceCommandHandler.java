package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.maintenance.domain.Decision;
import br.gov.es.prodest.npi007.maintenance.domain.DecisionContext;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import java.util.List;

/**
 * Handles one maintenance command against the maintenance's current state (its events folded once,
 * and kept folded by the caller): decides, then applies the events the decision caused.
 */
public final class MaintenanceCommandHandler {

  private MaintenanceCommandHandler() {
  }

  public static CommandOutcome handle(MaintenanceCommand command, MaintenanceState state, DecisionContext context) {
    Decision decision = Maintenance.decide(command, state, context);
    List<MaintenanceEvent> newEvents = decision instanceof Decision.Accepted accepted ? accepted.events() : List.of();
    MaintenanceState after = state;
    for (MaintenanceEvent event : newEvents) {
      after = Maintenance.evolve(after, event);
    }
    return new CommandOutcome(command, decision, newEvents, after);
  }
}
