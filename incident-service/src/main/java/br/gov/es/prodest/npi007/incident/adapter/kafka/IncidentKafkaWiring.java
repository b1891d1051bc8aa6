package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.ProcessingReadiness;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.grouppost.application.GroupFeed;
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
 * The incident register and the WhatsApp group's feed in their store, the replay that keeps them
 * current (resuming where it stopped), and the readiness of every read model with the processor.
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

  /** The WhatsApp group's feed (issue 14), in the register's store. */
  @Bean
  GroupFeed groupFeed(@Qualifier("incidentRegisterStore") ProjectionStore store) {
    return new GroupFeed(store, GroupFeedWire::decode);
  }

  /**
   * One reader of the incident events for the register and the group feed; it reads the group's
   * posts and their decisions too, each topic from offset zero the first time it is read.
   */
  @Bean
  TopicReplay incidentRegisterReplay(KafkaProperties kafka, IncidentRegister register, GroupFeed feed,
      @Qualifier("incidentRegisterStore") ProjectionStore store) {
    return TopicReplay.into(store, "Registro de incidentes",
        List.of(Topics.INCIDENT_EVENTS, Topics.GROUP_POSTS, Topics.GROUP_POST_DECISIONS),
        kafka.buildConsumerProperties(), (record, write) -> {
          if (Topics.INCIDENT_EVENTS.name().equals(record.topic())) {
            register.apply(record.value(), TraceParent.traceId(record.headers()), write)
                .ifPresent(event -> feed.apply(event, write));
          } else {
            feed.apply(record.value(), write);
          }
        });
  }

  @Bean
  @Qualifier("processingReadiness")
  ProcessingReadiness incidentServiceReadiness(StreamsBuilderFactoryBean streams, List<TopicReplay> readModelFeeds) {
    return new ProcessingReadiness(streams, readModelFeeds);
  }
}
