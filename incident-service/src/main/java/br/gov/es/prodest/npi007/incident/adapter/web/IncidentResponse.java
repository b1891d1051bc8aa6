package br.gov.es.prodest.npi007.incident.adapter.web;

import br.gov.es.prodest.npi007.incident.application.IncidentView;

/** One incident as the internal API shows it (CONTRACTS.md); instants as ISO-8601 UTC text. */
public record IncidentResponse(
    String id,
    String status,
    String component,
    String organ,
    String description,
    String source,
    String reportedBy,
    String saNumber,
    String verdict,
    String impact,
    String affectedOrgan,
    String maintenanceId,
    String unit,
    boolean closed,
    long version,
    String reportedAt,
    String updatedAt) {

  static IncidentResponse of(IncidentView view) {
    return new IncidentResponse(view.id(), view.status().name(), view.component(), view.organ(),
        view.description(), view.source().name(), view.reportedBy(), view.saNumber(),
        view.verdict() == null ? null : view.verdict().name(), view.impact(), view.affectedOrgan(),
        view.maintenanceId(), view.unit(), view.closed(), view.version(), view.reportedAt().toString(),
        view.updatedAt().toString());
  }
}
