package br.gov.es.prodest.npi007.notification.message.adapter.organ;

import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalogue in force: the shipped one, overlaid by the organ catalogue topic, rebuilt from
 * offset zero at every start and followed after (6.6's organ name, the e-mail recipients).
 */
@Configuration(proxyBeanMethods = false)
public class OrganCatalogueConfiguration {

  @Bean
  OrganCatalogue organCatalogue() {
    return OrganCatalogue.shipped();
  }

  @Bean
  TopicReplay organCatalogueReplay(KafkaProperties kafka, OrganCatalogue catalogue) {
    return replay(kafka.buildConsumerProperties(), catalogue);
  }

  /** The replay of the organ catalogue topic into the catalogue. */
  public static TopicReplay replay(java.util.Map<String, Object> clientSettings, OrganCatalogue catalogue) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay("Catálogo de órgãos", Topics.ORGANS, clientSettings, record -> {
      OrganUpdated updated = codec.decode(record.value(), OrganUpdated.class);
      catalogue.update(updated.getCode(), updated.getName(), updated.getEmails());
    });
  }
}
