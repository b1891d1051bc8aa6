package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;

/**
 * The maintenance is over: its window ended, or the team completed it early.
 *
 * @param early true when the team completed it before the window's end
 */
public record MaintenanceCompleted(Envelope envelope, String component, Instant start, Instant end, boolean early,
    String note) implements MaintenanceEvent {
}
