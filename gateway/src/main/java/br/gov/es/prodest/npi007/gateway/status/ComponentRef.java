package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Which public component an incident, maintenance or feed entry belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComponentRef(String slug, String name) {
}
