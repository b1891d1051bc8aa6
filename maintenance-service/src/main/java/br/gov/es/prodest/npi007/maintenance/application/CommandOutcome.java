package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.maintenance.domain.CommandRejected;
import br.gov.es.prodest.npi007.maintenance.domain.CommandWarning;
import br.gov.es.prodest.npi007.maintenance.domain.Decision;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStatus;
import java.util.List;
import java.util.Optional;

/**
 * One command handled: what was decided, the events to append, and the maintenance afterwards.
 *
 * @param newEvents the events to append and publish, in order; empty for a rejection or a retry
 * @param after     the maintenance's state once the new events are applied
 */
public record CommandOutcome(MaintenanceCommand command, Decision decision, List<MaintenanceEvent> newEvents,
    MaintenanceState after) {

  public CommandOutcome {
    newEvents = List.copyOf(newEvents);
  }

  public boolean accepted() {
    return decision instanceof Decision.Accepted;
  }

  public Optional<CommandRejected> rejection() {
    return decision instanceof CommandRejected rejected ? Optional.of(rejected) : Optional.empty();
  }

  public List<CommandWarning> warnings() {
    return decision instanceof Decision.Accepted accepted ? accepted.warnings() : List.of();
  }

  public Optional<MaintenanceStatus> status() {
    return after.currentStatus();
  }

  public long version() {
    return after.version();
  }

  public List<String> eventIds() {
    return newEvents.stream().map(event -> event.envelope().eventId()).toList();
  }
}
