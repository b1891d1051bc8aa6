package br.gov.es.prodest.npi007.gateway.catalogue;

import java.util.Locale;

/**
 * How a catalogue is named to the people who read its problems and logs (in Portuguese), and where
 * its entries live in the API.
 *
 * @param title      e.g. "Catálogo de órgãos" (logs, health)
 * @param entryOf    the entry with its preposition, e.g. "do órgão"
 * @param apiPath    the path an entry's key is appended to, e.g. "/api/v1/organs/"
 * @param codePrefix the prefix of the catalogue's reason codes, e.g. "ORGAN_CATALOGUE"
 */
public record CatalogueNames(String title, String entryOf, String apiPath, String codePrefix) {

  String lowerTitle() {
    return title.toLowerCase(Locale.ROOT);
  }
}
