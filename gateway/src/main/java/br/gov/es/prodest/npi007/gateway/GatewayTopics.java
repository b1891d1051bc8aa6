package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
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

  /**
   * @param groupPostRetention how long the group's raw posts are kept ({@code NPI007_GROUP_POST_RETENTION}):
   *                           they hold phone numbers (LGPD); changing it alters the topic at the next start
   */
  @Bean
  KafkaAdmin.NewTopics topicsOfTheGateway(
      @Value("${npi007.group-posts.retention:P90D}") Duration groupPostRetention) {
    if (groupPostRetention.isNegative() || groupPostRetention.isZero()) {
      throw new IllegalArgumentException("NPI007_GROUP_POST_RETENTION deve ser uma duração positiva (ex.: P90D)");
    }
    return new KafkaAdmin.NewTopics(Stream.concat(Topics.writtenBy(Topics.GATEWAY).stream(), READ.stream())
        .map(topic -> topic == Topics.GROUP_POSTS
            ? topic.newTopic(Map.of("retention.ms", String.valueOf(groupPostRetention.toMillis()))) : topic.newTopic())
        .toArray(NewTopic[]::new));
  }
}
