package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.OrganNames;
import br.gov.es.prodest.npi007.notification.message.domain.ReviewPolicy;
import br.gov.es.prodest.npi007.notification.message.domain.Templates;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * The projection of incident events into the norm's messages, in the service's Kafka Streams app
 * (exactly-once; settings in application.yml): incident events in, rendered messages out to the
 * notification aggregate, which writes them to the notifications topic; undecodable input to this
 * service's dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class NotificationStreamsConfiguration {

  @Bean
  MessageProjection.Settings projectionSettings(
      @Value("${npi007.service-desk-url}") String serviceDeskUrl,
      @Value("${npi007.review-messages}") List<String> reviewMessages, OrganNames organNames) {
    return new MessageProjection.Settings(serviceDeskUrl, ReviewPolicy.ofIds(reviewMessages), organNames);
  }

  @Bean
  StreamsRunState streamsRunState() {
    return new StreamsRunState();
  }

  @Bean
  StreamsBuilderFactoryBeanConfigurer streamsRunStateListener(StreamsRunState runState) {
    return factoryBean -> factoryBean.setStateListener(runState);
  }

  /**
   * The messages rendered from incident events, keyed by notification id, for the notification
   * aggregate to open; undecodable or unrenderable events go to the dead-letter topic.
   */
  @Bean
  KStream<String, byte[]> renderedMessages(StreamsBuilder builder, Templates templates,
      MessageProjection.Settings settings) {
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(NotificationProcessor.RENDERED_STORE), Serdes.String(), Serdes.String()));
    KStream<String, Outcome> outcomes = builder
        .stream(Topics.INCIDENT_EVENTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
            .withName("incident-events"))
        .process(() -> new NotificationProcessor(templates, settings), Named.as("render-messages"),
            NotificationProcessor.RENDERED_STORE);
    Map<String, KStream<String, Outcome>> routes = outcomes.split(Named.as("route-"))
        .branch((key, outcome) -> outcome instanceof Outcome.DeadLettered, Branched.as("dead-letter"))
        .defaultBranch(Branched.as("rendered"));
    routes.get("route-dead-letter").mapValues(Outcome::value)
        .to(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name(), Produced.with(Serdes.String(), Serdes.ByteArray()));
    return routes.get("route-rendered").mapValues(Outcome::value);
  }
}
