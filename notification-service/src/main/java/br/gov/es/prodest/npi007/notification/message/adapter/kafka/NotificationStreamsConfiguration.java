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
 * The projection of incident events into the norm's messages, as a Kafka Streams app
 * (exactly-once; settings in application.yml): incident events in, rendered messages out to the
 * notifications topic, undecodable input to this service's dead-letter topic.
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

  @Bean
  KStream<String, Outcome> notificationStream(StreamsBuilder builder, Templates templates,
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
    send(routes.get("route-rendered"), Topics.NOTIFICATIONS.name());
    send(routes.get("route-dead-letter"), Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name());
    return outcomes;
  }

  private static void send(KStream<String, Outcome> route, String topic) {
    route.mapValues(Outcome::value).to(topic, Produced.with(Serdes.String(), Serdes.ByteArray()));
  }
}
