package br.gov.es.prodest.npi007.notification.message.domain;

/** The incident events the notification-service reacts to. */
public sealed interface IncidentEvent {

  Causation causation();

  /** A possible incident was reported and an incident opened. */
  record IncidentReported(Causation causation, String component, String organ, ReportSource source)
      implements IncidentEvent {
  }
}
