package br.gov.es.prodest.npi007.incident.messages.adapter.kafka;

import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import br.gov.es.prodest.npi007.incident.messages.application.ObservedMessageEvent;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The incidents' messages, rebuilt at every start from the notifications and the deliveries
 * topics (the notification-service writes both). Unreadable records there are dead-lettered by
 * the command topology, which reads them too; here they are logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
public class IncidentMessagesWiring {

  @Bean
  IncidentMessages incidentMessages() {
    return new IncidentMessages();
  }

  @Bean
  TopicReplay incidentMessagesReplay(KafkaProperties kafka, IncidentMessages messages) {
    return replay("Mensagens dos incidentes", Topics.NOTIFICATIONS, kafka, messages, OutboxWire::observed);
  }

  @Bean
  TopicReplay incidentDeliveriesReplay(KafkaProperties kafka, IncidentMessages messages) {
    return replay("Entregas das mensagens dos incidentes", Topics.DELIVERIES, kafka, messages,
        DeliveryWire::observed);
  }

  private static TopicReplay replay(String readModel, TopicSpec topic, KafkaProperties kafka,
      IncidentMessages messages, Function<SpecificRecord, Optional<ObservedMessageEvent>> observed) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay(readModel, topic, kafka.buildConsumerProperties(),
        record -> observed.apply(codec.decode(record.value())).ifPresent(messages::apply));
  }
}
