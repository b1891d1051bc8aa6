package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;

/** The window's start came: the maintenance is in progress. */
public record MaintenanceStarted(Envelope envelope, String component, Instant start, Instant end)
    implements MaintenanceEvent {
}
