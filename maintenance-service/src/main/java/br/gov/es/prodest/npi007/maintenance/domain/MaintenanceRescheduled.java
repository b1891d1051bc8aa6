package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.List;

/** A maintenance moved to another window (6.5-reagendamento follows). */
public record MaintenanceRescheduled(
    Envelope envelope,
    String component,
    Instant previousStart,
    Instant previousEnd,
    Instant start,
    Instant end,
    String purpose,
    boolean urgent,
    String reason,
    List<String> overlapsWith) implements MaintenanceEvent {

  public MaintenanceRescheduled {
    overlapsWith = List.copyOf(overlapsWith);
  }
}
