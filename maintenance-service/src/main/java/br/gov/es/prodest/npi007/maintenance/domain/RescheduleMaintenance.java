package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;

/** Moves a maintenance that has not started to another window; announced again. */
public record RescheduleMaintenance(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String maintenanceId,
    Instant start,
    Instant end,
    boolean urgent,
    String reason) implements MaintenanceCommand {
}
