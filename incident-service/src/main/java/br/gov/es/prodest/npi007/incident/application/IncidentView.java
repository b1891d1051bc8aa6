package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import java.time.Instant;

/**
 * One incident as the register shows it.
 *
 * @param saNumber the service desk's SA number, null until one is linked
 * @param version  sequence of the last event applied
 */
public record IncidentView(
    String id,
    IncidentStatus status,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy,
    String saNumber,
    long version,
    Instant reportedAt,
    Instant updatedAt) {

  static IncidentView openedBy(IncidentReported event) {
    var envelope = event.envelope();
    return new IncidentView(envelope.incidentId(), event.status(), event.component(), event.organ(),
        event.description(), event.source(), event.reportedBy(), null, envelope.sequence(),
        envelope.occurredAt(), envelope.occurredAt());
  }
}
