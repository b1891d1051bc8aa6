package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.domain.EmailReplication;
import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.OrganNames;
import br.gov.es.prodest.npi007.notification.message.domain.ReviewPolicy;
import br.gov.es.prodest.npi007.notification.message.domain.Templates;
import br.gov.es.prodest.npi007.processing.Lanes;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.processing.ReplaceFailedThread;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * The projection of incident and maintenance events into the norm's messages, in the service's Kafka Streams app
 * (exactly-once; settings in application.yml): incident events in, rendered messages out to the
 * notification aggregate, which writes them to the notifications topic; undecodable input to this
 * service's dead-letter topic. A new notification is named to live on its subject's partition
 * ({@link NotificationPlacement}), so it is opened in the task that rendered it (docs/HOPS.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class NotificationStreamsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NotificationStreamsConfiguration.class);
  private static final Duration CATALOGUE_PATIENCE = Duration.ofSeconds(60);

  @Bean
  MessageProjection.Settings projectionSettings(
      @Value("${npi007.service-desk-url}") String serviceDeskUrl,
      @Value("${npi007.review-messages}") List<String> reviewMessages,
      @Value("${npi007.email-replication}") List<String> emailReplication, OrganNames organNames) {
    return new MessageProjection.Settings(serviceDeskUrl, ReviewPolicy.ofIds(reviewMessages), organNames,
        EmailReplication.ofIds(emailReplication), NotificationPlacement.WITH_SUBJECT);
  }

  @Bean
  StreamsRunState streamsRunState() {
    return new StreamsRunState();
  }

  @Bean
  StreamsBuilderFactoryBeanConfigurer streamsLifecycle(StreamsRunState runState) {
    return factoryBean -> {
      factoryBean.setStateListener(runState);
      factoryBean.setStreamsUncaughtExceptionHandler(new ReplaceFailedThread());
    };
  }

  /**
   * The messages rendered from incident and maintenance events, keyed by notification id, for the
   * notification aggregate to open; undecodable or unrenderable events go to the dead-letter topic.
   */
  @Bean
  RenderedMessages renderedMessages(StreamsBuilder builder, Templates templates,
      MessageProjection.Settings settings, @Qualifier("organCatalogueReplay") TopicReplay catalogue,
      ProcessingTelemetry telemetry, ObjectProvider<RenderingObserver> observer) {
    return render(builder, new RenderingStep(templates, settings), () -> awaitCaughtUp(catalogue), telemetry,
        observer.getIfAvailable(() -> RenderingObserver.NONE));
  }

  /**
   * Adds the rendering to a builder (the application's, or a test's).
   *
   * @param awaitCatalogue returns once the organ catalogue in force is read
   */
  public static RenderedMessages render(StreamsBuilder builder, RenderingStep step, Runnable awaitCatalogue) {
    return render(builder, step, awaitCatalogue, ProcessingTelemetry.unobserved(), RenderingObserver.NONE);
  }

  /**
   * Adds the rendering to a builder (the application's, or a test's), traced, and telling the
   * observer of each message rendered.
   *
   * @param awaitCatalogue returns once the organ catalogue in force is read
   */
  public static RenderedMessages render(StreamsBuilder builder, RenderingStep step, Runnable awaitCatalogue,
      ProcessingTelemetry telemetry, RenderingObserver observer) {
    for (String store : List.of(NotificationProcessor.RENDERED_STORE, NotificationProcessor.VERDICT_STORE)) {
      builder.addStateStore(Stores.keyValueStoreBuilder(
          Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.String()));
    }
    // incident and maintenance events are keyed by their aggregate and have as many partitions: one task reads both
    KStream<String, Outcome> outcomes = builder
        .stream(List.of(Topics.INCIDENT_EVENTS.name(), Topics.MAINTENANCE_EVENTS.name()),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("incident-and-maintenance-events"))
        .process(() -> new NotificationProcessor(step, awaitCatalogue, telemetry.tracing(), observer),
            Named.as("render-messages"),
            NotificationProcessor.RENDERED_STORE, NotificationProcessor.VERDICT_STORE);
    Map<String, KStream<String, Outcome>> routes = outcomes.split(Named.as("route-"))
        .branch((key, outcome) -> outcome instanceof Outcome.DeadLettered, Branched.as("dead-letter"))
        .branch((key, outcome) -> outcome instanceof Outcome.Rendered rendered && rendered.here(),
            Branched.as("rendered-here"))
        .defaultBranch(Branched.as("rendered-elsewhere"));
    Lanes.countedDeadLetters(routes.get("route-dead-letter"), Topics.NOTIFICATION_SERVICE_DEAD_LETTERS,
        telemetry.meters()).mapValues(Outcome::value)
        .to(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name(), Produced.with(Serdes.String(), Serdes.ByteArray()));
    return new RenderedMessages(routes.get("route-rendered-here").mapValues(Outcome::value),
        routes.get("route-rendered-elsewhere").mapValues(Outcome::value));
  }

  /**
   * Recipients are resolved when a message is rendered: the task waits (at start-up only) until the
   * catalogue in force is read, so a message is not rendered to the shipped catalogue's addresses.
   */
  private static void awaitCaughtUp(TopicReplay catalogue) {
    long deadline = System.nanoTime() + CATALOGUE_PATIENCE.toNanos();
    while (!catalogue.upToDate() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (!catalogue.upToDate()) {
      log.warn("Catálogo de órgãos ainda não lido após {}: renderizando com o catálogo conhecido", CATALOGUE_PATIENCE);
    }
  }
}
