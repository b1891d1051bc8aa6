package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One public update of an incident: a 6.3 or 6.4 message as ASCOM approved it.
 *
 * @param message the norm's message id, "6.3" or "6.4"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicUpdate(String id, String message, String title, String text, Instant publishedAt) {
}
