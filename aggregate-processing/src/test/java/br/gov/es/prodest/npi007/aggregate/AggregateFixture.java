package br.gov.es.prodest.npi007.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of every aggregate's domain tests: given events, when a command, then events or a
 * rejection, with no broker and no Spring (STYLE.md 8). For example:
 * <pre>
 * fixture.given(reported, triaged).when(restore).thenOnly(ServiceRestored.class);
 * fixture.given().when(restore).thenRejected(Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
 * </pre>
 */
public final class AggregateFixture<C extends Command, E extends Event, S extends AggregateState> {

  private final Aggregate<C, E, S> aggregate;

  public AggregateFixture(Aggregate<C, E, S> aggregate) {
    this.aggregate = aggregate;
  }

  /** The aggregate after these events, oldest first (none: it does not exist yet). */
  @SafeVarargs
  public final Given given(E... history) {
    return given(List.of(history));
  }

  public Given given(List<? extends E> history) {
    return new Given(aggregate.fold(history));
  }

  /** The aggregate in this state. */
  public Given givenState(S state) {
    return new Given(state);
  }

  /** The events these commands cause one after the other, each of which must be accepted. */
  @SafeVarargs
  public final List<E> historyOf(C... commands) {
    S state = aggregate.initial();
    List<E> history = new ArrayList<>();
    for (C command : commands) {
      Decision<E> decision = aggregate.decide(command, state);
      assertThat(decision.rejection()).as("given %s", command).isEmpty();
      history.addAll(decision.events());
      state = aggregate.evolve(state, decision.events());
    }
    return history;
  }

  /** An aggregate as given. */
  public final class Given {

    private final S state;

    private Given(S state) {
      this.state = state;
    }

    public S state() {
      return state;
    }

    public Then when(C command) {
      return new Then(state, aggregate.decide(command, state));
    }
  }

  /** What a command decided, to assert on. */
  public final class Then {

    private final S before;
    private final Decision<E> decision;

    private Then(S before, Decision<E> decision) {
      this.before = before;
      this.decision = decision;
    }

    public Decision<E> decision() {
      return decision;
    }

    /** The command is accepted and causes exactly these events. */
    @SafeVarargs
    public final Then thenEvents(E... expected) {
      assertThat(events()).containsExactly(expected);
      return this;
    }

    /** The command is accepted: its events, in order. */
    public List<E> events() {
      return Decisions.events(decision);
    }

    /** The command is accepted and causes one event, of this type. */
    public <X extends E> X thenOnly(Class<X> type) {
      return Decisions.onlyEvent(decision, type);
    }

    /** The command is accepted and causes nothing new (a retry). */
    public Then thenNothingNew() {
      assertThat(events()).isEmpty();
      return this;
    }

    /** The command is refused with this kind and code, and a detail for a person. */
    public CommandRejected thenRejected(CommandRejected.Kind kind, String code) {
      return Decisions.assertRejected(decision, kind, code);
    }

    /** The state after the command's events. */
    public S after() {
      return aggregate.evolve(before, decision.events());
    }
  }
}
