package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** The incident will be handled by a scheduled maintenance. */
public record MaintenanceLinked(
    Envelope envelope,
    String maintenanceId) implements IncidentEvent {

  public MaintenanceLinked {
    Objects.requireNonNull(envelope, "envelope");
  }
}
