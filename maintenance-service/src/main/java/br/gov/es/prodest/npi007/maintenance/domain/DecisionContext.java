package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a decision needs to know besides the maintenance's own events: the rules in force and the
 * other open maintenances (to flag overlapping windows; the aggregate cannot see them itself).
 */
public record DecisionContext(Policy policy, List<OpenWindow> openWindows) {

  public DecisionContext {
    Objects.requireNonNull(policy, "policy");
    openWindows = List.copyOf(openWindows);
  }

  /** Ids of the other open maintenances of the same normalised component whose windows intersect this one, sorted. */
  List<String> overlapping(String maintenanceId, String component, Window window) {
    String key = ComponentKey.of(component);
    return openWindows.stream()
        .filter(other -> !other.maintenanceId().equals(maintenanceId))
        .filter(other -> ComponentKey.of(other.component()).equals(key) && other.window().intersects(window))
        .map(OpenWindow::maintenanceId).distinct().sorted().toList();
  }
}
