package br.gov.es.prodest.npi007.gateway.organ;

/**
 * The outcome of a PUT on the catalogue.
 *
 * @param organ   the organ as written
 * @param created true when the code was not in the catalogue before (201), false for a change (200)
 */
public record OrganRegistered(Organ organ, boolean created) {
}
