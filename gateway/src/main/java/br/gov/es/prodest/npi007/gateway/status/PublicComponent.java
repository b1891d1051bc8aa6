package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A public component and its state now.
 *
 * @param group the catalogue's group, null when it has none
 * @param since when it entered that state, null when unknown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicComponent(String slug, String name, String group, ComponentState state, Instant since) {
}
