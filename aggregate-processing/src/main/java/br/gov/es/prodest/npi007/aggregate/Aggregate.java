package br.gov.es.prodest.npi007.aggregate;

import java.util.List;

/**
 * An aggregate's rules: which events a command causes, and what the events make of the state.
 * Each service implements it once over its own pure domain; the processing around it (load, decide,
 * append, answer) is written once, in {@code processing.AggregateProcessor}.
 */
public interface Aggregate<C extends Command, E extends Event, S extends AggregateState> {

  /** The state before the first event. */
  S initial();

  Decision<E> decide(C command, S state);

  /** The state after one more event. */
  S evolve(S state, E event);

  /** The state after the events, oldest first. */
  default S evolve(S state, List<? extends E> events) {
    S after = state;
    for (E event : events) {
      after = evolve(after, event);
    }
    return after;
  }

  /** A whole history folded, oldest first. */
  default S replay(List<? extends E> history) {
    return evolve(initial(), history);
  }

  /** Decides the command and applies what it caused. */
  default CommandOutcome<C, E, S> handle(C command, S state) {
    Decision<E> decision = decide(command, state);
    return new CommandOutcome<>(command, decision, evolve(state, decision.events()));
  }
}
