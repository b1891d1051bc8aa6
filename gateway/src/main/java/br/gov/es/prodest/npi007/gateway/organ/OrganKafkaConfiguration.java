package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueHealth;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organs topic: the replay that keeps this gateway's catalogue in force, and its health ("organs"). */
@Configuration(proxyBeanMethods = false)
class OrganKafkaConfiguration {

  @Bean
  TopicReplay organCatalogueReplay(KafkaProperties kafka, OrganCatalogue catalogue) {
    return catalogue.replay(kafka.buildConsumerProperties());
  }

  @Bean
  CatalogueHealth organs(@Qualifier("organCatalogueReplay") TopicReplay replay) {
    return new CatalogueHealth(replay, OrganCatalogue.NAMES);
  }
}
