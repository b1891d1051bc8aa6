package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares, at start-up, every catalogue topic this service writes or reads (broker auto-creation
 * is off, and the Streams app cannot start while a source topic is missing); declaring is idempotent.
 */
@Configuration(proxyBeanMethods = false)
public class MaintenanceTopics {

  static final List<TopicSpec> USED = Stream.concat(Topics.writtenBy(Topics.MAINTENANCE_SERVICE).stream(),
      Stream.of(Topics.MAINTENANCE_COMMANDS, Topics.DELIVERIES)).distinct().toList();

  @Bean
  KafkaAdmin.NewTopics maintenanceServiceTopics() {
    return new KafkaAdmin.NewTopics(USED.stream().map(TopicSpec::newTopic).toArray(NewTopic[]::new));
  }
}
