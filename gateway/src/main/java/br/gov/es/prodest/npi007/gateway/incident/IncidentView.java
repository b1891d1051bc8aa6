package br.gov.es.prodest.npi007.gateway.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * An incident as the incident-service's read model shows it (CONTRACTS.md, with the lifecycle
 * additions of issue 3).
 *
 * @param version       the aggregate's version: the {@code ETag} of the incident, and what {@code If-Match} names
 * @param verdict       the triage's verdict, null until triaged
 * @param impact        the impact stated at triage, or null
 * @param affectedOrgan the organ of a restricted confirmation, or null
 * @param maintenanceId the maintenance linked to the incident, or null
 * @param unit          the functional unit responsible for the incident (issue 15), or null
 * @param closed        true once not confirmed or restored
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentView(
    String id,
    String status,
    String component,
    String organ,
    String description,
    String source,
    String reportedBy,
    String saNumber,
    Long version,
    Instant reportedAt,
    Instant updatedAt,
    String verdict,
    String impact,
    String affectedOrgan,
    String maintenanceId,
    Boolean closed,
    String unit) {
}
