package br.gov.es.prodest.npi007.incident.messages.adapter.kafka;

import br.gov.es.prodest.npi007.incident.adapter.kafka.ReadModelStores;
import br.gov.es.prodest.npi007.incident.adapter.kafka.TraceParent;
import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import br.gov.es.prodest.npi007.incident.messages.application.ObservedMessageEvent;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The incidents' messages in their store, kept current by one replay over the notifications and
 * the deliveries topics (the notification-service writes both), resuming where it stopped.
 * Unreadable records there are dead-lettered by the command topology, which reads them too; here
 * they are logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
public class IncidentMessagesWiring {

  /** Closed by Spring after the replay that writes it has stopped (lifecycle beans stop first). */
  @Bean(destroyMethod = "close")
  ProjectionStore incidentMessagesStore(Environment environment) {
    return ReadModelStores.open(environment, "incident-messages", IncidentMessages.LAYOUT);
  }

  @Bean
  IncidentMessages incidentMessages(@Qualifier("incidentMessagesStore") ProjectionStore store) {
    AvroCodec codec = AvroCodec.instance();
    return new IncidentMessages(store, record -> observed(codec.decode(record)));
  }

  @Bean
  TopicReplay incidentMessagesReplay(KafkaProperties kafka, IncidentMessages messages,
      @Qualifier("incidentMessagesStore") ProjectionStore store) {
    return TopicReplay.into(store, "Mensagens dos incidentes", List.of(Topics.NOTIFICATIONS, Topics.DELIVERIES),
        kafka.buildConsumerProperties(), (record, write) -> messages.apply(record.value(), TraceParent.traceId(record.headers()), write));
  }

  /** A record of either topic as the read model takes it; empty for a kind it ignores. */
  private static Optional<ObservedMessageEvent> observed(SpecificRecord record) {
    return OutboxWire.observed(record).or(() -> DeliveryWire.observed(record));
  }
}
