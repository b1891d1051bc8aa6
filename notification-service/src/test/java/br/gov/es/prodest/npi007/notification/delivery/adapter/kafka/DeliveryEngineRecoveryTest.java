package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.delivery.mail.EmlFileAdapter;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import br.gov.es.prodest.npi007.notification.delivery.domain.RetryPolicy;
import br.gov.es.prodest.npi007.notification.delivery.domain.Routes;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery loop on the real broker when the rebuild of its partitions fails: it does not stop
 * silently; it reports the failure (unhealthy), rejoins the group with new clients, rebuilds, and
 * delivers — here through the real .eml adapter.
 */
class DeliveryEngineRecoveryTest {

  static final String BOOTSTRAP = SharedKafkaBroker.bootstrapServers();

  @TempDir
  Path mail;

  @BeforeAll
  static void topics() throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
      var existing = admin.listTopics().names().get();
      List<TopicSpec> needed = List.of(Topics.NOTIFICATIONS, Topics.DELIVERIES, Topics.DELIVERY_DEAD_LETTERS,
          Topics.NOTIFICATION_SERVICE_DEAD_LETTERS);
      admin.createTopics(needed.stream().filter(topic -> !existing.contains(topic.name()))
          .map(TopicSpec::newTopic).toList()).all().get();
    }
  }

  @Test
  void aRebuildThatFailsIsReported_andTheLoopRejoinsAndDelivers() throws Exception {
    String notificationId = UUID.randomUUID().toString();
    approvedEmail(notificationId, "ti@saude.es.gov.br");
    AtomicInteger rebuilds = new AtomicInteger();
    PartitionRebuild failingOnce = new PartitionRebuild(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP)) {
      @Override
      Rebuilt rebuild(int partition) {
        if (rebuilds.getAndIncrement() == 0) {
          throw new KafkaException("leitura interrompida (falha simulada)");
        }
        return super.rebuild(partition);
      }
    };
    DeliveryEngine engine = engine(failingOnce);
    engine.start();
    try {
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
          .until(() -> engine.failure().isPresent() && !engine.healthy());
      Path eml = mail.resolve(DeliveryTarget.idOf(notificationId, Channel.EMAIL, "ti@saude.es.gov.br") + ".eml");
      await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(eml));
      await().atMost(Duration.ofSeconds(30)).until(engine::healthy);
      assertThat(engine.failure()).isEmpty();
      assertThat(rebuilds.get()).isGreaterThan(1);
      assertThat(Files.readString(eml, StandardCharsets.UTF_8)).contains("To: ti@saude.es.gov.br");
    } finally {
      engine.stop();
    }
  }

  private DeliveryEngine engine(PartitionRebuild rebuild) {
    Map<String, Object> consumer = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
        ConsumerConfig.GROUP_ID_CONFIG, "delivery-recovery-" + UUID.randomUUID(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName(),
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    Map<String, Object> producer = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "delivery-recovery-" + UUID.randomUUID(),
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    ProviderCalls calls = new ProviderCalls(List.of(new EmlFileAdapter(mail, "comunicacao@prodest.es.gov.br")), 2);
    return new DeliveryEngine(() -> new KafkaConsumer<>(consumer),
        () -> new DeliveryWriter(new KafkaProducer<>(producer)), rebuild, calls,
        new Routes(null, null, DeliverySettings.EML_FILE), new RetryPolicy(3, Duration.ofMillis(200),
        Duration.ofMillis(500)), Clock.systemUTC(), Duration.ofSeconds(2), Duration.ofMillis(500));
  }

  /** A 6.5 rendered for one address and approved, as the notification aggregate writes them. */
  private static void approvedEmail(String notificationId, String address) throws Exception {
    AvroCodec codec = AvroCodec.instance();
    Actor system = new Actor("notification-service", Role.SYSTEM, null);
    Instant at = Instant.parse("2025-03-15T02:30:00Z");
    MessageRendered rendered = new MessageRendered(new EventEnvelope(UUID.randomUUID().toString(), notificationId,
        1L, at, system, Origin.SYSTEM, notificationId, notificationId), notificationId, "6.5", null,
        UUID.randomUUID().toString(), UUID.randomUUID().toString(), "0123456789ab", "Manutenção Programada",
        List.of(new Rendition(DeliveryChannel.EMAIL, "PRODEST Informa: Manutenção Programada",
            "PRODEST Informa: Manutenção Programada\n\nPrezados, …", null, List.of(address))), false);
    MessageApproved approved = new MessageApproved(new EventEnvelope(UUID.randomUUID().toString(), notificationId, 2L,
        at, system, Origin.SYSTEM, notificationId, notificationId));
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.NOTIFICATIONS.name(), notificationId, codec.encode(rendered))).get();
      producer.send(new ProducerRecord<>(Topics.NOTIFICATIONS.name(), notificationId, codec.encode(approved))).get();
    }
  }
}
