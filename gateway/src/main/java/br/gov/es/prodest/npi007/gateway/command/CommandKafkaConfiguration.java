package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.gateway.operations.KafkaInstrumentation;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * One request/reply channel per owning service, on the command topic the gateway writes and the
 * result topic it reads: incidents (incident-service), notifications (notification-service, ASCOM's
 * outbox) and maintenances (maintenance-service).
 */
@Configuration(proxyBeanMethods = false)
class CommandKafkaConfiguration {

  @Bean
  ProducerFactory<String, byte[]> commandProducerFactory(KafkaProperties kafka, KafkaInstrumentation instrumentation) {
    return instrumentation.measured(new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
        new StringSerializer(), new ByteArraySerializer()));
  }

  @Bean
  ReplyingKafkaTemplate<String, byte[], CommandResult> incidentCommandTemplate(
      @Qualifier("commandProducerFactory") ProducerFactory<String, byte[]> producers, KafkaProperties kafka,
      CommandProperties properties, KafkaInstrumentation instrumentation) {
    return replyingTemplate(instrumentation, "incidentCommandReplies", Topics.INCIDENT_COMMAND_RESULTS, producers, kafka, properties);
  }

  @Bean
  ReplyingKafkaTemplate<String, byte[], CommandResult> notificationCommandTemplate(
      @Qualifier("commandProducerFactory") ProducerFactory<String, byte[]> producers, KafkaProperties kafka,
      CommandProperties properties, KafkaInstrumentation instrumentation) {
    return replyingTemplate(instrumentation, "notificationCommandReplies", Topics.NOTIFICATION_COMMAND_RESULTS, producers, kafka,
        properties);
  }

  @Bean
  ReplyingKafkaTemplate<String, byte[], CommandResult> maintenanceCommandTemplate(
      @Qualifier("commandProducerFactory") ProducerFactory<String, byte[]> producers, KafkaProperties kafka,
      CommandProperties properties, KafkaInstrumentation instrumentation) {
    return replyingTemplate(instrumentation, "maintenanceCommandReplies", Topics.MAINTENANCE_COMMAND_RESULTS, producers, kafka,
        properties);
  }

  @Bean
  CommandChannel incidentCommands(
      @Qualifier("incidentCommandTemplate") ReplyingKafkaTemplate<String, byte[], CommandResult> template,
      CommandProperties properties) {
    return new CommandChannel(template, Topics.INCIDENT_COMMANDS, properties.replyTimeout());
  }

  @Bean
  CommandChannel notificationCommands(
      @Qualifier("notificationCommandTemplate") ReplyingKafkaTemplate<String, byte[], CommandResult> template,
      CommandProperties properties) {
    return new CommandChannel(template, Topics.NOTIFICATION_COMMANDS, properties.replyTimeout());
  }

  @Bean
  CommandChannel maintenanceCommands(
      @Qualifier("maintenanceCommandTemplate") ReplyingKafkaTemplate<String, byte[], CommandResult> template,
      CommandProperties properties) {
    return new CommandChannel(template, Topics.MAINTENANCE_COMMANDS, properties.replyTimeout());
  }

  /**
   * Every gateway instance reads all results of the topic in a consumer group of its own, from the
   * end of the topic, and keeps those whose correlation id it is waiting for.
   */
  private static ReplyingKafkaTemplate<String, byte[], CommandResult> replyingTemplate(
      KafkaInstrumentation instrumentation, String containerName,
      TopicSpec results, ProducerFactory<String, byte[]> producers, KafkaProperties kafka,
      CommandProperties properties) {
    Map<String, Object> consumer = kafka.buildConsumerProperties();
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "npi007-gateway-replies-" + UUID.randomUUID());
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // a result counts only once its transaction (with the events it announces) is committed
    consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // read_committed fetches otherwise wait up to 500 ms on the broker; the HTTP client is waiting
    consumer.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    DefaultKafkaConsumerFactory<String, CommandResult> consumers = instrumentation.measured(
        new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(),
            new ErrorHandlingDeserializer<>(new CommandResultDeserializer())));
    KafkaMessageListenerContainer<String, CommandResult> replies = new KafkaMessageListenerContainer<>(consumers,
        new ContainerProperties(results.name()));
    replies.setBeanName(containerName);
    // observed: the command record carries the traceparent of the HTTP request's span
    ReplyingKafkaTemplate<String, byte[], CommandResult> template =
        instrumentation.observed(new CommandReplies<>(producers, replies));
    template.setDefaultReplyTimeout(properties.replyTimeout());
    template.setSharedReplyTopic(true);
    return template;
  }

}
