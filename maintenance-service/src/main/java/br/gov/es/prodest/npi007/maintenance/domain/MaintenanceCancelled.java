package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;

/** A maintenance was called off (6.5-cancelamento follows). */
public record MaintenanceCancelled(Envelope envelope, String component, Instant start, Instant end, String reason)
    implements MaintenanceEvent {
}
