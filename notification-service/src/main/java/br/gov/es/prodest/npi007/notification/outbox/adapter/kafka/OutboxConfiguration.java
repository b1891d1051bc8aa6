package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.adapter.kafka.DeliveryWire;
import br.gov.es.prodest.npi007.notification.outbox.application.Outbox;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox and the replay of the notifications topic (every event of every notification) that rebuilds it at every start. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

  @Bean
  Outbox outbox() {
    return new Outbox();
  }

  @Bean
  TopicReplay outboxReplay(KafkaProperties kafka, Outbox outbox) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay("Caixa de saída", Topics.NOTIFICATIONS, kafka.buildConsumerProperties(),
        record -> outbox.apply(NotificationWire.toEvent(codec.decode(record.value()))));
  }

  /** The deliveries topic into the outbox: each notification's targets, status and delivery history. */
  @Bean
  TopicReplay deliveriesReplay(KafkaProperties kafka, Outbox outbox) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay("Entregas na caixa de saída", Topics.DELIVERIES, kafka.buildConsumerProperties(),
        record -> outbox.apply(DeliveryWire.toEvent(codec.decode(record.value()))));
  }
}
