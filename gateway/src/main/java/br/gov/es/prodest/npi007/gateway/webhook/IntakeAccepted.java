package br.gov.es.prodest.npi007.gateway.webhook;

/**
 * The answer of a webhook: how many intake records were stored.
 *
 * @param records one per service-desk event or per alert
 */
public record IntakeAccepted(int records) {
}
