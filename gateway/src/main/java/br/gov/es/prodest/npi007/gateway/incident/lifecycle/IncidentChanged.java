package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

/**
 * The answer to an accepted command on an incident.
 *
 * @param id      the incident's id
 * @param status  its lifecycle status after the command
 * @param version its version after the command: the next {@code If-Match}
 */
public record IncidentChanged(String id, String status, long version) {
}
