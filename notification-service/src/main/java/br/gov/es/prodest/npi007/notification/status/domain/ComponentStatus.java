package br.gov.es.prodest.npi007.notification.status.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A public component's state now and since when: {@code UNAVAILABLE} while it has an active public
 * incident, else {@code UNDER_MAINTENANCE} while a maintenance of it is in progress, else
 * {@code OPERATIONAL}.
 *
 * @param since when it entered that state, or null when nothing ever happened to it
 */
public record ComponentStatus(ComponentState state, Instant since) {

  /**
   * @param active           its active public incidents
   * @param inProgress       its public maintenances in progress
   * @param operationalSince the last time it came back (a restoration, a maintenance's end), or null
   */
  public static ComponentStatus of(List<IncidentRecord> active, List<MaintenanceRecord> inProgress,
      Instant operationalSince) {
    if (!active.isEmpty()) {
      return new ComponentStatus(ComponentState.UNAVAILABLE, earliest(active.stream().map(IncidentRecord::startedAt)
          .toList()));
    }
    if (!inProgress.isEmpty()) {
      return new ComponentStatus(ComponentState.UNDER_MAINTENANCE,
          earliest(inProgress.stream().map(MaintenanceRecord::startedAt).toList()));
    }
    return new ComponentStatus(ComponentState.OPERATIONAL, operationalSince);
  }

  /** The worst state of the public components; operational when there are none. */
  public static ComponentState overall(List<ComponentStatus> components) {
    return components.stream().map(ComponentStatus::state).reduce(ComponentState.OPERATIONAL, ComponentState::worst);
  }

  private static Instant earliest(List<Instant> instants) {
    return instants.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
  }
}
