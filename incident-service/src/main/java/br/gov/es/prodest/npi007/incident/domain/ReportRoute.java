package br.gov.es.prodest.npi007.incident.domain;

/** Where one report goes, and what the router remembers of it ({@link ReportRouting}). */
public sealed interface ReportRoute {

  /** The incident the report is addressed to. */
  String incidentId();

  /** True when the report's command is remembered as sent there: its retries (and its alert's resolution) follow. */
  default boolean remembered() {
    return !(this instanceof Refused);
  }

  /** The command was routed before: a retry goes where it went, even if that incident closed since. */
  record Repeated(String incidentId) implements ReportRoute {
  }

  /** The component has an open incident: the report joins it. */
  record Joins(String incidentId) implements ReportRoute {
  }

  /** The component has none open: the incident its issuer named opens and becomes the component's open incident. */
  record Opens(String incidentId) implements ReportRoute {
  }

  /** An incomplete report with nothing open: addressed as issued, the incident refuses it; nothing to remember. */
  record Refused(String incidentId) implements ReportRoute {
  }
}
