package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceFacts;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStatus;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.maintenance.domain.Reminder;
import br.gov.es.prodest.npi007.maintenance.domain.Timers;
import java.time.Instant;
import java.util.List;

/**
 * One maintenance as the register shows it.
 *
 * @param unit      the code of the unit responsible for it (issue 15), or null
 * @param reminders the reminders of the current window: pending, sent or skipped
 * @param version   sequence of the last event applied
 */
public record MaintenanceView(
    String id,
    MaintenanceStatus status,
    String component,
    Instant start,
    Instant end,
    String purpose,
    boolean causesUnavailability,
    boolean urgent,
    String incidentId,
    String unit,
    List<String> overlapsWith,
    List<Reminder> reminders,
    long version,
    Instant requestedAt,
    Instant updatedAt) {

  static MaintenanceView of(ExistingMaintenance maintenance, Policy policy) {
    MaintenanceFacts facts = maintenance.facts();
    return new MaintenanceView(facts.maintenanceId(), maintenance.status(), facts.component(),
        facts.window().start(), facts.window().end(), facts.purpose(), facts.causesUnavailability(), facts.urgent(),
        facts.incidentId(), facts.unit(), facts.overlapsWith(), List.copyOf(Timers.reminders(maintenance, policy)),
        facts.version(), facts.requestedAt(), facts.updatedAt());
  }
}
