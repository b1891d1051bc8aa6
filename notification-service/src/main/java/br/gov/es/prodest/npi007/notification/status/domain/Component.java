package br.gov.es.prodest.npi007.notification.status.domain;

/**
 * A component of the catalogue.
 *
 * @param group    the heading it is listed under, or null
 * @param isPublic whether the public status page shows it
 */
public record Component(String slug, String name, String group, boolean isPublic) {
}
