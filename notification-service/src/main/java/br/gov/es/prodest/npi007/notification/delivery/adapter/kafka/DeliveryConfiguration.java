package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.notification.delivery.adapter.provider.UnavailableProvider;
import br.gov.es.prodest.npi007.notification.delivery.domain.Routes;
import br.gov.es.prodest.npi007.processing.InstanceIdentity;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delivery engine, its providers and its Kafka clients, from the settings. */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

  static final String GROUP = "npi007-notification-delivery";
  /** How long a failed delivery session waits before it rejoins the group. */
  static final Duration RESTART_DELAY = Duration.ofSeconds(2);

  @Bean
  DeliverySettings deliverySettings(
      @Value("${npi007.whatsapp.provider}") String whatsAppProvider,
      @Value("${npi007.whatsapp.recipient}") String whatsAppRecipient,
      @Value("${spring.mail.host:}") String mailHost,
      @Value("${npi007.delivery.max-attempts}") int maxAttempts,
      @Value("${npi007.delivery.backoff-initial}") Duration backoffInitial,
      @Value("${npi007.delivery.backoff-max}") Duration backoffMax,
      @Value("${npi007.delivery.timeout}") Duration timeout,
      @Value("${npi007.delivery.concurrency}") int concurrency) {
    return new DeliverySettings(whatsAppProvider, whatsAppRecipient, mailHost, maxAttempts, backoffInitial,
        backoffMax, timeout, concurrency);
  }

  @Bean
  Clock deliveryClock() {
    return Clock.systemUTC();
  }

  /** The delivery state of every notification, under the read models' directory (issue 10). */
  @Bean(destroyMethod = "close")
  DeliveryStateStore deliveryStateStore(@Value("${npi007.read-models.dir}") String readModels,
      @Value("${npi007.rocksdb.memory.mb:}") String memory) {
    return DeliveryStateStore.open(Path.of(readModels, "delivery-state"),
        RocksDbBudget.of(RocksDbBudget.megabytes(memory)));
  }

  /** A lifecycle that starts before the engine and stops after it; Spring closes the store after that. */
  @Bean
  TopicReplay deliveryStateReplay(KafkaProperties kafka, DeliveryStateStore deliveryStateStore) {
    return deliveryStateStore.replay(kafka.buildConsumerProperties());
  }

  /** The partitions' ends for the delivery engine's barrier (see {@link PartitionLoad}). */
  @Bean(destroyMethod = "close")
  HighWatermarks deliveryHighWatermarks(KafkaProperties kafka) {
    return new HighWatermarks(kafka.buildAdminProperties());
  }

  @Bean
  DeliveryEngine deliveryEngine(KafkaProperties kafka, DeliverySettings settings, ObjectProvider<DeliveryAdapter> adapters,
      Clock deliveryClock, DeliveryStateStore deliveryStateStore,
      @Qualifier("deliveryStateReplay") TopicReplay deliveryStateReplay, HighWatermarks deliveryHighWatermarks,
      ProcessingTelemetry telemetry, ObjectProvider<DeliveryObserver> observer) {
    Routes routes = settings.routes();
    ProviderCalls calls = new ProviderCalls(routed(routes, adapters.orderedStream().toList()), settings.concurrency());
    String instance = InstanceIdentity.in(Path.of(kafka.getStreams().getStateDir()));
    Map<String, Object> consumer = consumerSettings(kafka, instance);
    Map<String, Object> producer = producerSettings(kafka, instance);
    DeliveryEngine engine = new DeliveryEngine(() -> new KafkaConsumer<>(consumer),
        () -> new DeliveryWriter(new KafkaProducer<>(producer), telemetry),
        new PartitionLoad(deliveryStateStore, deliveryStateReplay::upToDate, deliveryHighWatermarks),
        calls, routes, telemetry.tracing(), settings.retryPolicy(), deliveryClock, settings.timeout(), RESTART_DELAY);
    observer.ifAvailable(engine::observe);
    return engine;
  }

  /** The adapters the routes name; a provider named but not built here refuses, with the reason. */
  private static List<DeliveryAdapter> routed(Routes routes, List<DeliveryAdapter> available) {
    List<DeliveryAdapter> routed = new ArrayList<>(available);
    if (!routes.whatsAppManual() && available.stream().noneMatch(a -> a.provider().equals(routes.whatsAppProvider()))) {
      routed.add(new UnavailableProvider(routes.whatsAppProvider(), Channel.WHATSAPP));
    }
    if (available.stream().noneMatch(adapter -> adapter.provider().equals(routes.emailProvider()))) {
      routed.add(new UnavailableProvider(routes.emailProvider(), Channel.EMAIL));
    }
    return routed;
  }

  /**
   * {@code instance} names this data directory's instance ({@link InstanceIdentity}): a restart rejoins
   * the group as the member that died (static membership), without a rebalance.
   */
  private static Map<String, Object> consumerSettings(KafkaProperties kafka, String instance) {
    Map<String, Object> settings = new HashMap<>(kafka.buildConsumerProperties());
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    settings.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, GROUP + "-" + instance);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    settings.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10000);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return settings;
  }

  private static Map<String, Object> producerSettings(KafkaProperties kafka, String instance) {
    Map<String, Object> settings = new HashMap<>(kafka.buildProducerProperties());
    // one per instance, kept across its restarts: a restart's first transaction aborts the one the dead
    // process left open at once (a random id left it to the 30 s timeout, holding read_committed readers
    // of the deliveries back); zombies are fenced by the consumer group's generation (sendOffsetsToTransaction)
    settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, GROUP + "-" + instance);
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30000);
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return settings;
  }
}
