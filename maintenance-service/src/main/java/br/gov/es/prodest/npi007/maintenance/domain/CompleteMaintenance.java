package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;

/** The team says a maintenance in progress is done, before its window ends. */
public record CompleteMaintenance(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String maintenanceId,
    String note) implements MaintenanceCommand {
}
