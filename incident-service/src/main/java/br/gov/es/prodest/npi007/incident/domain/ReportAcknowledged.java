package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** Message 6.1 reached the group; a REPORTED incident now awaits its SA, any other keeps its status. */
public record ReportAcknowledged(
    Envelope envelope,
    String notificationId) implements IncidentEvent {

  public ReportAcknowledged {
    Objects.requireNonNull(envelope, "envelope");
  }
}
