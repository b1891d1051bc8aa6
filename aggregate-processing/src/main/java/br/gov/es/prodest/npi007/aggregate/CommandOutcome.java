package br.gov.es.prodest.npi007.aggregate;

import java.util.List;
import java.util.Optional;

/**
 * One command handled: what was decided, the events to append, and the aggregate afterwards.
 *
 * @param after the aggregate's state once the new events are applied
 */
public record CommandOutcome<C extends Command, E extends Event, S extends AggregateState>(
    C command, Decision<E> decision, S after) {

  public boolean accepted() {
    return decision instanceof Decision.Accepted;
  }

  /** The events to append and publish, in order; empty for a rejection or a retry. */
  public List<E> newEvents() {
    return decision.events();
  }

  public Optional<CommandRejected> rejection() {
    return decision.rejection();
  }

  public List<CommandWarning> warnings() {
    return decision.warnings();
  }

  public long version() {
    return after.version();
  }

  public List<String> eventIds() {
    return newEvents().stream().map(event -> event.envelope().eventId()).toList();
  }
}
