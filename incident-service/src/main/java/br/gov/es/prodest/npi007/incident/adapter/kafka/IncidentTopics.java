package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares, at start-up, every catalogue topic this service reads or writes, whoever writes it:
 * declaring is idempotent, so the services start in any order (broker auto-creation is off).
 */
@Configuration(proxyBeanMethods = false)
public class IncidentTopics {

  static final List<TopicSpec> USED = List.of(Topics.INCIDENT_COMMANDS, Topics.INCIDENT_EVENTS,
      Topics.SERVICE_DESK_EVENTS, Topics.MONITORING_ALERTS, Topics.INCIDENT_COMMAND_RESULTS,
      Topics.INCIDENT_SERVICE_DEAD_LETTERS, Topics.NOTIFICATIONS, Topics.DELIVERIES, Topics.MAINTENANCE_EVENTS,
      Topics.GROUP_POSTS, Topics.GROUP_POST_DECISIONS);

  @Bean
  KafkaAdmin.NewTopics incidentServiceTopics() {
    return new KafkaAdmin.NewTopics(USED.stream().map(TopicSpec::newTopic).toArray(NewTopic[]::new));
  }
}
