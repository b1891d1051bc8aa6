package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One entry of the feeds: an incident's public update or a maintenance's announcement or change
 * ({@code GET /internal/status/updates}).
 *
 * @param id   stable across the service's replays, so a feed reader never sees an entry twice
 * @param kind INCIDENT_UPDATE or MAINTENANCE
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEntry(String id, String kind, ComponentRef component, String title, String text,
    Instant publishedAt) {
}
