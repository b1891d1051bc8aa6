package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.Routed;

/** The incident topology's own lanes, besides the standard ones ({@link Routed.Standard}). */
enum IncidentLane implements Routed.Lane {
  /** To the report router, keyed by normalised component, through a repartition topic. */
  BY_COMPONENT,
  /** To the report router of this very task: the report is already on its component's partition. */
  ROUTE_HERE,
  /** To the SA matcher, keyed by SA number. */
  BY_SA_NUMBER,
  /** What a post of the WhatsApp group led to, to the decisions topic, keyed by post id (issue 14). */
  GROUP_POST_DECISIONS
}
