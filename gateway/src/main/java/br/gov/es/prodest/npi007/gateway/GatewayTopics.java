package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The catalogue topics this gateway reads or writes, declared at start-up (declaring is
 * idempotent; broker auto-creation is off): every topic the catalogue says the gateway writes
 * (commands, intake, the organ catalogue) and the command results it waits for.
 */
@Configuration(proxyBeanMethods = false)
class GatewayTopics {

  static final List<TopicSpec> READ = List.of(
      Topics.INCIDENT_COMMAND_RESULTS, Topics.NOTIFICATION_COMMAND_RESULTS, Topics.MAINTENANCE_COMMAND_RESULTS);

  @Bean
  KafkaAdmin.NewTopics topicsOfTheGateway() {
    return new KafkaAdmin.NewTopics(Stream.concat(Topics.writtenBy(Topics.GATEWAY).stream(), READ.stream())
        .map(TopicSpec::newTopic)
        .toArray(NewTopic[]::new));
  }
}
