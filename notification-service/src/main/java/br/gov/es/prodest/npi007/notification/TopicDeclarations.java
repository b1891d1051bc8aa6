package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every catalogue topic this service reads or writes, created at start-up when missing (broker
 * auto-creation is off); the replication factor is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
public class TopicDeclarations {

  @Bean
  KafkaAdmin.NewTopics notificationServiceTopics() {
    return new KafkaAdmin.NewTopics(Stream.of(Topics.INCIDENT_EVENTS, Topics.MAINTENANCE_EVENTS, Topics.ORGANS, Topics.NOTIFICATIONS, Topics.NOTIFICATION_COMMANDS,
            Topics.NOTIFICATION_COMMAND_RESULTS, Topics.NOTIFICATION_SERVICE_DEAD_LETTERS, Topics.DELIVERIES,
            Topics.DELIVERY_DEAD_LETTERS, Topics.COMPONENTS, Topics.STATUS_SUBSCRIPTIONS)
        .map(TopicSpec::newTopic).toArray(NewTopic[]::new));
  }
}
