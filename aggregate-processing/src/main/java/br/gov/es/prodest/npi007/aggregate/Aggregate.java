package br.gov.es.prodest.npi007.aggregate;

import java.util.List;
import java.util.function.BiFunction;

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
    return fold(state, events, this::evolve);
  }

  /** The state after the events, oldest first, each applied by {@code evolve}. */
  static <E, S> S fold(S state, List<? extends E> events, BiFunction<S, E, S> evolve) {
    S after = state;
    for (E event : events) {
      after = evolve.apply(after, event);
    }
    return after;
  }

  /** A whole history folded, oldest first. */
  default S fold(List<? extends E> history) {
    return evolve(initial(), history);
  }

  /** An aggregate of these rules. */
  static <C extends Command, E extends Event, S extends AggregateState> Aggregate<C, E, S> of(S initial,
      BiFunction<C, S, Decision<E>> decide, BiFunction<S, E, S> evolve) {
    return new Aggregate<>() {
      @Override
      public S initial() {
        return initial;
      }

      @Override
      public Decision<E> decide(C command, S state) {
        return decide.apply(command, state);
      }

      @Override
      public S evolve(S state, E event) {
        return evolve.apply(state, event);
      }
    };
  }

  /** Decides the command and applies what it caused. */
  default CommandOutcome<C, E, S> handle(C command, S state) {
    Decision<E> decision = decide(command, state);
    return new CommandOutcome<>(command, decision, evolve(state, decision.events()));
  }
}
