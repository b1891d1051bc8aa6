package br.gov.es.prodest.npi007.gateway.unit;

/**
 * The outcome of a PUT on the catalogue.
 *
 * @param unit    the unit as written
 * @param created true when the code was not in the catalogue before (201), false for a change (200)
 */
public record UnitRegistered(Unit unit, boolean created) {
}
