package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.Objects;
import java.util.Optional;

/** Another maintenance still open (not completed nor cancelled), as the overlap check sees it. */
public record OpenWindow(String maintenanceId, String component, Window window) {

  public OpenWindow {
    Objects.requireNonNull(maintenanceId, "maintenanceId");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(window, "window");
  }

  /** The maintenance's window while it is open (not completed nor cancelled); empty otherwise. */
  public static Optional<OpenWindow> of(MaintenanceState state) {
    if (state instanceof ExistingMaintenance maintenance && !maintenance.status().closed()) {
      MaintenanceFacts facts = maintenance.facts();
      return Optional.of(new OpenWindow(facts.maintenanceId(), facts.component(), facts.window()));
    }
    return Optional.empty();
  }
}
