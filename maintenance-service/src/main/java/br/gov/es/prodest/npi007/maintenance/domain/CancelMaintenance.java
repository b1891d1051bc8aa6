package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;

/** Calls a maintenance off, before or during its window; the cancellation is announced. */
public record CancelMaintenance(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String maintenanceId,
    String reason) implements MaintenanceCommand {
}
