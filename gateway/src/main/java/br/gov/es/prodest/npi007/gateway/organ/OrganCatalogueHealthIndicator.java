package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP once the catalogue has applied every change stored before this gateway started, while it keeps following. */
@Component("organs")
class OrganCatalogueHealthIndicator implements HealthIndicator {

  private final TopicReplay replay;

  OrganCatalogueHealthIndicator(@Qualifier("organCatalogueReplay") TopicReplay replay) {
    this.replay = replay;
  }

  @Override
  public Health health() {
    return replay.upToDate() ? Health.up().build()
        : Health.down().withDetail("motivo", "catálogo de órgãos ainda sendo reconstruído").build();
  }
}
