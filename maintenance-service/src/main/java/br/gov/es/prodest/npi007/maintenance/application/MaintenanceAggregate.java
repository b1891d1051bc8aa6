package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.maintenance.domain.DecisionContext;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.NoMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.maintenance.domain.RequestMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.RescheduleMaintenance;
import java.util.List;
import java.util.function.Supplier;

/**
 * The maintenance's rules as the processing runs them: each command decided with the policy and,
 * when it sets a window, the open windows of the moment (the overlap check).
 */
public record MaintenanceAggregate(Policy policy, Supplier<List<OpenWindow>> openWindows)
    implements Aggregate<MaintenanceCommand, MaintenanceEvent, MaintenanceState> {

  @Override
  public MaintenanceState initial() {
    return NoMaintenance.INSTANCE;
  }

  @Override
  public Decision<MaintenanceEvent> decide(MaintenanceCommand command, MaintenanceState state) {
    boolean setsWindow = command instanceof RequestMaintenance || command instanceof RescheduleMaintenance;
    return Maintenance.decide(command, state, new DecisionContext(policy, setsWindow ? openWindows.get() : List.of()));
  }

  @Override
  public MaintenanceState evolve(MaintenanceState state, MaintenanceEvent event) {
    return Maintenance.evolve(state, event);
  }
}
