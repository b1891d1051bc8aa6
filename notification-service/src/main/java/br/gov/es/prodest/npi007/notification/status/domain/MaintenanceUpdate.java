package br.gov.es.prodest.npi007.notification.status.domain;

import java.time.Instant;

/** A public update of a maintenance: a state it reached, in a Portuguese sentence. */
public record MaintenanceUpdate(String maintenanceId, MaintenanceState state, String title, String text,
    Instant publishedAt) {

  /** Stable across replays: the maintenance and the state. */
  public String id() {
    return maintenanceId + "/" + state.name();
  }
}
