package br.gov.es.prodest.npi007.aggregate;

/** The state of an aggregate that does not exist yet: no event, no command applied. */
public interface Absent extends AggregateState {

  @Override
  default long version() {
    return 0;
  }

  @Override
  default boolean applied(String commandId) {
    return false;
  }
}
