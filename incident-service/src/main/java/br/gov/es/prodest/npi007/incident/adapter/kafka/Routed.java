package br.gov.es.prodest.npi007.incident.adapter.kafka;

/**
 * A record on its way inside the topology: which lane it takes next, and its bytes. Never written
 * as such: each lane is filtered out and written as plain bytes.
 */
record Routed(Lane lane, byte[] value) {

  /** Where a record goes next. */
  enum Lane {
    /** To the report router, keyed by normalised component. */
    BY_COMPONENT,
    /** To the SA matcher, keyed by SA number. */
    BY_SA_NUMBER,
    /** To the incident command processor, keyed by incident id. */
    BY_INCIDENT,
    EVENTS,
    RESULTS,
    DEAD_LETTERS
  }
}
