package br.gov.es.prodest.npi007.incident.adapter.kafka;

/**
 * A record on its way inside the topology: which lane it takes next, and its bytes. Never written
 * as such: each lane is filtered out and written as plain bytes.
 */
record Routed(Lane lane, byte[] value) {

  /** Where a record goes next. */
  enum Lane {
    /** To the report router, keyed by normalised component, through a repartition topic. */
    BY_COMPONENT,
    /** To the report router of this very task: the report is already on its component's partition. */
    ROUTE_HERE,
    /** To the SA matcher, keyed by SA number. */
    BY_SA_NUMBER,
    /** To the incident command processor, keyed by incident id, through a repartition topic. */
    BY_INCIDENT,
    /** To the incident command processor of this very task: the record is already on its incident's partition. */
    HERE,
    EVENTS,
    RESULTS,
    DEAD_LETTERS
  }
}
