package br.gov.es.prodest.npi007.aggregate;

/** What every aggregate's state answers, existing or not yet. */
public interface AggregateState {

  /** The sequence of its last event; 0 before the first. */
  long version();

  /** Whether the command was applied before: a retry, or a reused Idempotency-Key. */
  boolean applied(String commandId);
}
