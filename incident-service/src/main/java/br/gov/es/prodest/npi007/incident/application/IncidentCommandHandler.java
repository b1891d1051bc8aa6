package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.Decision;
import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import java.util.List;

/** Handles one incident command against the incident's current state, folded once and kept. */
public final class IncidentCommandHandler {

  private IncidentCommandHandler() {
  }

  public static CommandOutcome handle(IncidentCommand command, IncidentState state) {
    Decision decision = Incident.decide(command, state);
    List<IncidentEvent> newEvents = decision instanceof Decision.Accepted accepted ? accepted.events() : List.of();
    IncidentState after = state;
    for (IncidentEvent event : newEvents) {
      after = Incident.evolve(after, event);
    }
    return new CommandOutcome(command, decision, newEvents, after);
  }
}
