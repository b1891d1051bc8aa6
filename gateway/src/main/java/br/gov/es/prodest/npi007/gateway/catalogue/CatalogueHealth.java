package br.gov.es.prodest.npi007.gateway.catalogue;

import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP once the catalogue has applied every change stored before this gateway started, while it keeps following. */
public final class CatalogueHealth implements HealthIndicator {

  private final TopicReplay replay;
  private final CatalogueNames names;

  public CatalogueHealth(TopicReplay replay, CatalogueNames names) {
    this.replay = replay;
    this.names = names;
  }

  @Override
  public Health health() {
    return replay.upToDate() ? Health.up().build()
        : Health.down().withDetail("motivo", names.lowerTitle() + " ainda sendo reconstruído").build();
  }
}
