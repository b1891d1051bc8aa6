package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.notification.outbox.application.Outbox;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox and the consumer that rebuilds it from the notifications topic. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

  @Bean
  Outbox outbox() {
    return new Outbox();
  }

  @Bean
  OutboxFeed outboxFeed(KafkaProperties kafka, Outbox outbox) {
    return new OutboxFeed(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
        ConsumerConfig.CLIENT_ID_CONFIG, "notification-service-outbox",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), outbox);
  }
}
