package br.gov.es.prodest.npi007.gateway.maintenance;

import br.gov.es.prodest.npi007.gateway.command.Warning;
import java.util.List;

/**
 * The answer to an accepted command on a maintenance.
 *
 * @param id       the maintenance's id
 * @param status   its lifecycle status after the command, e.g. REQUESTED or RESCHEDULED
 * @param version  its version after the command: the next {@code If-Match}
 * @param warnings what the team should know, e.g. another maintenance of the component in an overlapping window
 */
public record MaintenanceChanged(String id, String status, long version, List<Warning> warnings) {
}
