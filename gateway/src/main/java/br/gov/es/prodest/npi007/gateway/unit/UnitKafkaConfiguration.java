package br.gov.es.prodest.npi007.gateway.unit;

import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueHealth;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The units topic: the replay that keeps this gateway's catalogue in force, and its health ("units"). */
@Configuration(proxyBeanMethods = false)
class UnitKafkaConfiguration {

  @Bean
  TopicReplay unitCatalogueReplay(KafkaProperties kafka, UnitCatalogue catalogue) {
    return catalogue.replay(kafka.buildConsumerProperties());
  }

  @Bean
  CatalogueHealth units(@Qualifier("unitCatalogueReplay") TopicReplay replay) {
    return new CatalogueHealth(replay, UnitCatalogue.NAMES);
  }
}
