package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The status page's data, as the notification-service's status read model answers it
 * ({@code GET /internal/status}) and as {@code GET /api/v1/status} shows it: only these public
 * fields are read, so nothing else the service might send is ever passed on.
 *
 * @param lastChangedAt the latest public change; ETag and Last-Modified derive from it
 * @param overall       the worst state of the public components
 * @param incidents     the active public incidents, oldest first
 * @param maintenances  the scheduled and ongoing maintenances, by start
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusSummary(Instant lastChangedAt, ComponentState overall, List<PublicComponent> components,
    List<PublicIncident> incidents, List<PublicMaintenance> maintenances) {

  public StatusSummary {
    components = components == null ? List.of() : List.copyOf(components);
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    maintenances = maintenances == null ? List.of() : List.copyOf(maintenances);
  }
}
