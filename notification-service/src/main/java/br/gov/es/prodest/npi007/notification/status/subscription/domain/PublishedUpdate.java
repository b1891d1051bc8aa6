package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import java.time.Instant;

/** One entry of the public feed, as subscribers receive it (its id is stable across replays). */
public record PublishedUpdate(String id, String componentSlug, String componentName, String title, String text,
    Instant publishedAt) {
}
