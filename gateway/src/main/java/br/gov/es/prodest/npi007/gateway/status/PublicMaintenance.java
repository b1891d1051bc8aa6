package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** An announced maintenance (NPI-007 6.5) and its window. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicMaintenance(String id, ComponentRef component, MaintenanceState state, Instant start, Instant end) {
}
