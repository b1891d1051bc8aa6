package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.Verdict;
import java.time.Instant;

/**
 * One incident as the register shows it.
 *
 * @param saNumber      the service desk's SA number, null until one is linked
 * @param verdict       the team's verdict, null until triaged
 * @param impact        what a confirmed incident may affect, else null
 * @param affectedOrgan the one organ a restricted incident affects, else null
 * @param maintenanceId the linked maintenance, else null
 * @param unit          the responsible functional unit's code (issue 15), else null
 * @param version       sequence of the last event applied
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
    Verdict verdict,
    String impact,
    String affectedOrgan,
    String maintenanceId,
    String unit,
    long version,
    Instant reportedAt,
    Instant updatedAt) {

  static IncidentView openedBy(IncidentReported event) {
    var envelope = event.envelope();
    return new IncidentView(envelope.aggregateId(), event.status(), event.component(), event.organ(),
        event.description(), event.source(), event.reportedBy(), null, null, null, null, null, event.unit(),
        envelope.sequence(),
        envelope.occurredAt(), envelope.occurredAt());
  }

  public boolean closed() {
    return status.closed();
  }

  IncidentView withStatus(IncidentStatus next) {
    return new IncidentView(id, next, component, organ, description, source, reportedBy, saNumber, verdict, impact,
        affectedOrgan, maintenanceId, unit, version, reportedAt, updatedAt);
  }

  IncidentView withServiceRequest(String linked) {
    return new IncidentView(id, status, component, organ, description, source, reportedBy, linked, verdict, impact,
        affectedOrgan, maintenanceId, unit, version, reportedAt, updatedAt);
  }

  IncidentView withVerdict(Verdict given, String givenImpact, String givenOrgan) {
    return new IncidentView(id, given.status(), component, organ, description, source, reportedBy, saNumber, given,
        givenImpact, givenOrgan, maintenanceId, unit, version, reportedAt, updatedAt);
  }

  IncidentView withMaintenance(String linked) {
    return new IncidentView(id, IncidentStatus.MAINTENANCE_SCHEDULED, component, organ, description, source,
        reportedBy, saNumber, verdict, impact, affectedOrgan, linked, unit, version, reportedAt, updatedAt);
  }

  IncidentView withUnit(String responsible) {
    return new IncidentView(id, status, component, organ, description, source, reportedBy, saNumber, verdict, impact,
        affectedOrgan, maintenanceId, responsible, version, reportedAt, updatedAt);
  }

  IncidentView at(long sequence, Instant occurredAt) {
    return new IncidentView(id, status, component, organ, description, source, reportedBy, saNumber, verdict, impact,
        affectedOrgan, maintenanceId, unit, sequence, reportedAt, occurredAt);
  }
}
