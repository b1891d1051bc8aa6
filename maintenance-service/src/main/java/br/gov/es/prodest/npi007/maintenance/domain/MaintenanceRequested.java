package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.List;

/**
 * A maintenance was requested (6.5 follows).
 *
 * @param urgent       true when the notice is shorter than the minimum and the team said it is urgent
 * @param overlapsWith other open maintenances of the same component whose windows intersect (flagged, not refused)
 * @param reminderLeadMinutes the reminders' leads configured at the request, in minutes, longest first
 *                     (issue 14); null in events written before: the policy's leads apply
 * @param unit         the code of the unit responsible for the maintenance (issue 15), or null
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
    List<String> overlapsWith,
    List<Integer> reminderLeadMinutes,
    String unit) implements MaintenanceEvent {

  public MaintenanceRequested {
    overlapsWith = List.copyOf(overlapsWith);
    reminderLeadMinutes = reminderLeadMinutes == null ? null : List.copyOf(reminderLeadMinutes);
  }

  /** A request that names no responsible unit. */
  public MaintenanceRequested(Envelope envelope, String component, Instant start, Instant end, String purpose,
      boolean causesUnavailability, boolean urgent, String incidentId, List<String> overlapsWith,
      List<Integer> reminderLeadMinutes) {
    this(envelope, component, start, end, purpose, causesUnavailability, urgent, incidentId, overlapsWith,
        reminderLeadMinutes, null);
  }
}
