package br.gov.es.prodest.npi007.gateway.incident;

/**
 * The answer to an accepted report.
 *
 * @param id     the incident's id
 * @param status its lifecycle status, e.g. REPORTED or DETECTED_BY_PRODEST
 */
public record IncidentAccepted(String id, String status) {
}
