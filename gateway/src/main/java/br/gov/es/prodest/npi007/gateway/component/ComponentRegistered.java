package br.gov.es.prodest.npi007.gateway.component;

/**
 * The outcome of a PUT on the catalogue.
 *
 * @param component the component as written
 * @param created   true when the slug was not in the catalogue before (201), false for a change (200)
 */
public record ComponentRegistered(Component component, boolean created) {
}
