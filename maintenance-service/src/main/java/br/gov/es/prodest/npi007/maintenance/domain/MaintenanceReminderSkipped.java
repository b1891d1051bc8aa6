package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;

/** A reminder that was not sent, because its moment passed by more than its own lead (the window began). */
public record MaintenanceReminderSkipped(Envelope envelope, int leadMinutes, Instant dueAt, String reason)
    implements MaintenanceEvent {
}
