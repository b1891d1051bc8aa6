package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.Objects;

/** Another maintenance still open (not completed nor cancelled), as the overlap check sees it. */
public record OpenWindow(String maintenanceId, String component, Window window) {

  public OpenWindow {
    Objects.requireNonNull(maintenanceId, "maintenanceId");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(window, "window");
  }
}
