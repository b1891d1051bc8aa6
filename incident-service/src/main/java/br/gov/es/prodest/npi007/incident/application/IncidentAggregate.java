package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.incident.domain.NoIncident;

/** The incident's rules ({@link Incident}) as the processing runs them. */
public final class IncidentAggregate implements Aggregate<IncidentCommand, IncidentEvent, IncidentState> {

  public static final IncidentAggregate INSTANCE = new IncidentAggregate();

  private IncidentAggregate() {
  }

  @Override
  public IncidentState initial() {
    return NoIncident.INSTANCE;
  }

  @Override
  public Decision<IncidentEvent> decide(IncidentCommand command, IncidentState state) {
    return Incident.decide(command, state);
  }

  @Override
  public IncidentState evolve(IncidentState state, IncidentEvent event) {
    return Incident.evolve(state, event);
  }
}
