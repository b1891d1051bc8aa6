package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;

/**
 * The team informs ASCOM of a maintenance (NPI-007 5.2.1.3), which 6.5 announces.
 *
 * @param purpose    why, or null for the norm's own sentence
 * @param urgent     true to accept a notice shorter than the minimum
 * @param incidentId the incident detected by PRODEST this maintenance handles (5.2.1.1), or null
 * @param unit       the code of the unit responsible for the maintenance (issue 15), or null
 */
public record RequestMaintenance(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String maintenanceId,
    String component,
    Instant start,
    Instant end,
    String purpose,
    boolean causesUnavailability,
    boolean urgent,
    String incidentId,
    String unit) implements MaintenanceCommand {

  /** A request that names no responsible unit. */
  public RequestMaintenance(String commandId, String correlationId, Instant issuedAt, Actor actor, Origin origin,
      Long expectedVersion, String maintenanceId, String component, Instant start, Instant end, String purpose,
      boolean causesUnavailability, boolean urgent, String incidentId) {
    this(commandId, correlationId, issuedAt, actor, origin, expectedVersion, maintenanceId, component, start, end,
        purpose, causesUnavailability, urgent, incidentId, null);
  }
}
