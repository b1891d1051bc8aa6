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

  /**
   * The service was restored and the incident closed.
   *
   * @param verdict      the incident's verdict, as triaged before (6.4's e-mail goes where 6.3 or 6.6
   *                     went); null when not known
   * @param affectedOrgan the organ a restricted verdict named, else null
   */
  record ServiceRestored(Causation causation, String component, Verdict verdict, String affectedOrgan)
      implements IncidentEvent {

    public ServiceRestored(Causation causation, String component) {
      this(causation, component, null, null);
    }

    /** The same event, knowing the incident's verdict. */
    public ServiceRestored triaged(Verdict knownVerdict, String organ) {
      return new ServiceRestored(causation, component, knownVerdict, organ);
    }
  }
}
