package br.gov.es.prodest.npi007.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on a decision, shared by the services' domain tests. */
public final class Decisions {

  private Decisions() {
  }

  /** The events of an accepted decision. */
  public static <E extends Event> List<E> events(Decision<E> decision) {
    assertThat(decision.rejection()).as("rejection").isEmpty();
    return decision.events();
  }

  /** The one event of an accepted decision, of this type. */
  public static <E extends Event, X extends E> X onlyEvent(Decision<E> decision, Class<X> type) {
    List<E> events = events(decision);
    assertThat(events).hasSize(1);
    assertThat(events.get(0)).isInstanceOf(type);
    return type.cast(events.get(0));
  }

  /** The rejection of a refused decision, of this kind and code, with a detail for a person. */
  public static CommandRejected assertRejected(Decision<?> decision, CommandRejected.Kind kind, String code) {
    CommandRejected rejected = decision.rejection().orElseThrow(() -> new AssertionError("aceito: " + decision));
    assertThat(rejected.kind()).isEqualTo(kind);
    assertThat(rejected.code()).isEqualTo(code);
    assertThat(rejected.detail()).isNotBlank();
    return rejected;
  }
}
