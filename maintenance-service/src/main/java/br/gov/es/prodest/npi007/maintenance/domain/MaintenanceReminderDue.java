package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;

/** A reminder's moment came: {@code leadMinutes} before the start (6.5-lembrete follows). */
public record MaintenanceReminderDue(Envelope envelope, String component, Instant start, Instant end, String purpose,
    int leadMinutes) implements MaintenanceEvent {
}
