package br.gov.es.prodest.npi007.gateway.component;

import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueHealth;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/** The components topic: the catalogue in force, the replay that keeps it so, and its health ("components"). */
@Configuration(proxyBeanMethods = false)
class ComponentKafkaConfiguration {

  @Bean
  ComponentCatalogue componentCatalogue(@Value("${npi007.components.catalogue}") Resource shipped, JsonMapper json) {
    return new ComponentCatalogue(shipped, json);
  }

  @Bean
  TopicReplay componentCatalogueReplay(KafkaProperties kafka, ComponentCatalogue catalogue) {
    return catalogue.replay(kafka.buildConsumerProperties());
  }

  @Bean
  CatalogueHealth components(@Qualifier("componentCatalogueReplay") TopicReplay replay) {
    return new CatalogueHealth(replay, ComponentCatalogue.NAMES);
  }
}
