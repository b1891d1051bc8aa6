package br.gov.es.prodest.npi007.notification.message.domain;

/**
 * The incident events the norm's messages follow from. Events that call for no message (a linked
 * SA, a statement, an alert's resolution...) are not represented here.
 */
public sealed interface IncidentEvent {

  Causation causation();

  /** A possible incident was reported and an incident opened. */
  record IncidentReported(Causation causation, String component, String organ, ReportSource source)
      implements IncidentEvent {
  }

  /**
   * Another report of the incident's component arrived while it was open and joined it.
   *
   * @param component the incident's component: the report is about it
   */
  record ReportJoined(Causation causation, String component, String organ, ReportSource source)
      implements IncidentEvent {
  }

  /**
   * The team gave its verdict.
   *
   * @param impact what the incident may affect; set when confirmed
   * @param organ  code of the one organ affected; set when {@link Verdict#CONFIRMED_RESTRICTED}
   */
  record IncidentTriaged(Causation causation, String component, Verdict verdict, String impact, String organ)
      implements IncidentEvent {
  }

  /** The service was restored and the incident closed. */
  record ServiceRestored(Causation causation, String component) implements IncidentEvent {
  }
}
