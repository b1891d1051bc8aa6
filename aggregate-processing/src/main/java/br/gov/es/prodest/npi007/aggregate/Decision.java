package br.gov.es.prodest.npi007.aggregate;

import java.util.List;
import java.util.Optional;

/** The outcome of deciding one command: the events it causes, or why it is refused. */
public sealed interface Decision<E extends Event> permits Decision.Accepted, Decision.Rejected {

  /**
   * The command is applied.
   *
   * @param events   the new events, in order; empty when the command had already been applied (a
   *                 retry) or changes nothing
   * @param warnings what the issuer should know, e.g. an overlapping window
   */
  record Accepted<E extends Event>(List<E> events, List<CommandWarning> warnings) implements Decision<E> {

    public Accepted {
      events = List.copyOf(events);
      warnings = List.copyOf(warnings);
    }

    public Accepted(List<E> events) {
      this(events, List.of());
    }
  }

  /** The command is refused; nothing changes. */
  record Rejected<E extends Event>(CommandRejected reason) implements Decision<E> {
  }

  static <E extends Event> Decision<E> accepted(List<E> events) {
    return new Accepted<>(events);
  }

  static <E extends Event> Decision<E> accepted(E event) {
    return new Accepted<>(List.of(event));
  }

  /** A command applied before, received again: answered as then, with no new event. */
  static <E extends Event> Decision<E> retry() {
    return new Accepted<>(List.of());
  }

  static <E extends Event> Decision<E> rejected(CommandRejected rejection) {
    return new Rejected<>(rejection);
  }

  /** The events to append: none for a rejection. */
  default List<E> events() {
    return this instanceof Accepted<E> accepted ? accepted.events() : List.of();
  }

  default List<CommandWarning> warnings() {
    return this instanceof Accepted<E> accepted ? accepted.warnings() : List.of();
  }

  default Optional<CommandRejected> rejection() {
    return this instanceof Rejected<E> rejected ? Optional.of(rejected.reason()) : Optional.empty();
  }
}
