package br.gov.es.prodest.npi007.gateway.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** An incident as the incident-service's read model shows it (CONTRACTS.md). */
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
    Instant updatedAt) {
}
