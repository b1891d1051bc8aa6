package br.gov.es.prodest.npi007.notification.message.adapter.organ;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organ names 6.6 prints: the catalogue shipped with the schemas. */
@Configuration(proxyBeanMethods = false)
public class OrganCatalogueConfiguration {

  @Bean
  OrganCatalogue organCatalogue() {
    return OrganCatalogue.shipped();
  }
}
