package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/** The incident register, the replay of the incident events that keeps it current, and the readiness of every read model with the processor. */
@Configuration(proxyBeanMethods = false)
public class IncidentKafkaWiring {

  @Bean
  IncidentRegister incidentRegister() {
    return new IncidentRegister();
  }

  @Bean
  TopicReplay incidentRegisterReplay(KafkaProperties kafka, IncidentRegister register) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay("Registro de incidentes", Topics.INCIDENT_EVENTS, kafka.buildConsumerProperties(),
        record -> register.apply(IncidentAvroMapper.toEvent(codec.decode(record.value()))));
  }

  @Bean
  IncidentServiceReadiness incidentServiceReadiness(StreamsBuilderFactoryBean streams,
      List<TopicReplay> readModelFeeds) {
    return new IncidentServiceReadiness(streams, readModelFeeds);
  }
}
