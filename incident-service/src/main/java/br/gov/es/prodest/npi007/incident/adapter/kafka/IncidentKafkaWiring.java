package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.ProcessingReadiness;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The incident register in its store, the replay of the incident events that keeps it current
 * (resuming where it stopped), and the readiness of every read model with the processor.
 */
@Configuration(proxyBeanMethods = false)
public class IncidentKafkaWiring {

  /** Closed by Spring after the replay that writes it has stopped (lifecycle beans stop first). */
  @Bean(destroyMethod = "close")
  ProjectionStore incidentRegisterStore(Environment environment) {
    return ReadModelStores.open(environment, "incident-register", IncidentRegister.LAYOUT);
  }

  @Bean
  IncidentRegister incidentRegister(@Qualifier("incidentRegisterStore") ProjectionStore store) {
    AvroCodec codec = AvroCodec.instance();
    return new IncidentRegister(store, record -> IncidentWire.INSTANCE.toEvent(codec.decode(record)));
  }

  @Bean
  TopicReplay incidentRegisterReplay(KafkaProperties kafka, IncidentRegister register,
      @Qualifier("incidentRegisterStore") ProjectionStore store) {
    return TopicReplay.into(store, "Registro de incidentes", List.of(Topics.INCIDENT_EVENTS),
        kafka.buildConsumerProperties(), (record, write) -> register.apply(record.value(), TraceParent.traceId(record.headers()), write));
  }

  @Bean
  @Qualifier("processingReadiness")
  ProcessingReadiness incidentServiceReadiness(StreamsBuilderFactoryBean streams, List<TopicReplay> readModelFeeds) {
    return new ProcessingReadiness(streams, readModelFeeds);
  }
}
