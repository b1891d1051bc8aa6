package br.gov.es.prodest.npi007.gateway.catalogue;

/**
 * One event of a catalogue's topic, as the catalogue applies it.
 *
 * @param eventId  the envelope's event id (an event is applied once)
 * @param sequence the entry's version this event makes
 * @param key      the entry's key (the record key)
 * @param value    the entry as it is from now on
 */
public record CatalogueChange<V>(String eventId, long sequence, String key, V value) {
}
