package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The status page's data, as the notification-service's status read model answers it
 * ({@code GET /internal/status}) and as {@code GET /api/v1/status} shows it: only these public
 * fields are read, so nothing else the service might send is ever passed on.
 *
 * @param lastChangedAt the latest public change; ETag and Last-Modified derive from it
 * @param overall       the worst state of the public components (the enum is declared from best to worst)
 * @param incidents     the active public incidents, oldest first
 * @param maintenances  the scheduled and ongoing maintenances, by start
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusSummary(Instant lastChangedAt, ComponentState overall, List<PublicComponent> components,
    List<PublicIncident> incidents, List<PublicMaintenance> maintenances) {

  public StatusSummary {
    components = components == null ? List.of() : List.copyOf(components);
    if (overall == null) {
      // the banner always says something: the worst of the components when the service did not
      overall = components.stream().map(PublicComponent::state).filter(Objects::nonNull)
          .max(Comparator.naturalOrder()).orElse(ComponentState.OPERATIONAL);
    }
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    maintenances = maintenances == null ? List.of() : List.copyOf(maintenances);
  }
}
