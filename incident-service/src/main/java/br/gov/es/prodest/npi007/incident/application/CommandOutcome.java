package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.CommandRejected;
import br.gov.es.prodest.npi007.incident.domain.Decision;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import java.util.List;
import java.util.Optional;

/**
 * One command handled: what was decided, the events to append, and the incident afterwards.
 *
 * @param newEvents the events to append and publish, in order; empty for a rejection or a retry
 * @param after     the incident's state once the new events are applied
 */
public record CommandOutcome(IncidentCommand command, Decision decision, List<IncidentEvent> newEvents,
    IncidentState after) {

  public CommandOutcome {
    newEvents = List.copyOf(newEvents);
  }

  public boolean accepted() {
    return decision instanceof Decision.Accepted;
  }

  public Optional<CommandRejected> rejection() {
    return decision instanceof CommandRejected rejected ? Optional.of(rejected) : Optional.empty();
  }

  public Optional<IncidentStatus> status() {
    return after.currentStatus();
  }

  public long version() {
    return after.version();
  }

  public List<String> eventIds() {
    return newEvents.stream().map(event -> event.envelope().eventId()).toList();
  }
}
