package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.List;

/**
 * A maintenance was requested (6.5 follows).
 *
 * @param urgent       true when the notice is shorter than the minimum and the team said it is urgent
 * @param overlapsWith other open maintenances of the same component whose windows intersect (flagged, not refused)
 */
public record MaintenanceRequested(
    Envelope envelope,
    String component,
    Instant start,
    Instant end,
    String purpose,
    boolean causesUnavailability,
    boolean urgent,
    String incidentId,
    List<String> overlapsWith) implements MaintenanceEvent {

  public MaintenanceRequested {
    overlapsWith = List.copyOf(overlapsWith);
  }
}
