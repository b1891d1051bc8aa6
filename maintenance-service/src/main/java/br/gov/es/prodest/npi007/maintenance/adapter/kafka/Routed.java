package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

/**
 * A record on its way inside the topology: which lane it takes next, and its bytes. Never written
 * as such: each lane is filtered out and written as plain bytes.
 */
record Routed(Lane lane, byte[] value) {

  /** Where a record goes next. */
  enum Lane {
    /** To the maintenance command processor, keyed by maintenance id. */
    BY_MAINTENANCE,
    EVENTS,
    RESULTS,
    DEAD_LETTERS
  }
}
