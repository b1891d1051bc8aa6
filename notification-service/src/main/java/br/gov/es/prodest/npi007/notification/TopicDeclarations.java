package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every catalogue topic this service reads or writes, created at start-up when missing (broker
 * auto-creation is off); the replication factor is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
public class TopicDeclarations {

  @Bean
  NewTopic incidentEventsTopic() {
    return declare(Topics.INCIDENT_EVENTS);
  }

  @Bean
  NewTopic notificationsTopic() {
    return declare(Topics.NOTIFICATIONS);
  }

  @Bean
  NewTopic notificationCommandsTopic() {
    return declare(Topics.NOTIFICATION_COMMANDS);
  }

  @Bean
  NewTopic notificationCommandResultsTopic() {
    return declare(Topics.NOTIFICATION_COMMAND_RESULTS);
  }

  @Bean
  NewTopic notificationServiceDeadLettersTopic() {
    return declare(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS);
  }

  private static NewTopic declare(TopicSpec topic) {
    return new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty()).configs(topic.config());
  }
}
