package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/** The incident register, the feed that keeps it current, and the readiness they share with the processor. */
@Configuration(proxyBeanMethods = false)
public class IncidentKafkaWiring {

  @Bean
  IncidentRegister incidentRegister() {
    return new IncidentRegister();
  }

  @Bean
  IncidentEventsFeed incidentEventsFeed(KafkaProperties kafka, IncidentRegister register) {
    return new IncidentEventsFeed(kafka.buildConsumerProperties(), register);
  }

  @Bean
  IncidentServiceReadiness incidentServiceReadiness(StreamsBuilderFactoryBean streams, IncidentEventsFeed feed) {
    return new IncidentServiceReadiness(streams, feed);
  }
}
