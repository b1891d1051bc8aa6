package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.replay.TopicReplay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/** The organs topic: the replay that keeps this gateway's catalogue in force, and the writer of ADMIN's changes. */
@Configuration(proxyBeanMethods = false)
class OrganKafkaConfiguration {

  /** The producer's own delivery timeout (application.yml) is 10 s; this only bounds the wait for it. */
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

  @Bean
  TopicReplay organCatalogueReplay(KafkaProperties kafka, OrganCatalogue catalogue) {
    return catalogue.replay(kafka.buildConsumerProperties());
  }

  /** Idempotent and acks=all (the intake's producer): a 200 promises the change is stored. */
  @Bean
  OrganWriter organWriter(@Qualifier("intakeProducerFactory") ProducerFactory<String, byte[]> producers) {
    return new OrganWriter(new KafkaTemplate<>(producers), ACK_TIMEOUT);
  }
}
