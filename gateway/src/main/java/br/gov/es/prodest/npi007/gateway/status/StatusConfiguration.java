package br.gov.es.prodest.npi007.gateway.status;

import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

  /** Enough for every public component's page and feed; a stranger's made-up slugs are not kept beyond it. */
  private static final int MAX_CACHED_ANSWERS = 1000;

  @Bean
  StatusCache statusCache(Clock clock, @Value("${npi007.status.cache-ttl:2s}") Duration ttl) {
    return new StatusCache(clock, ttl, MAX_CACHED_ANSWERS);
  }

  @Bean
  StatusReadModel statusReadModel(@Qualifier("notificationService") InternalApi notificationService, StatusCache cache) {
    return new StatusReadModel(notificationService, cache);
  }
}
