package br.gov.es.prodest.npi007.notification;

import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the delivery tests write to the shared broker, and what they read back from the service's topics. */
final class DeliveryTopics {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final AvroCodec CODEC = AvroCodec.instance();

  private DeliveryTopics() {
  }

  /** Every delivery event of the notification, in the order of its stream. */
  static List<SpecificRecord> deliveryStream(String notificationId) {
    return Outputs.read(Topics.DELIVERIES.name()).stream().filter(record -> notificationId.equals(record.key()))
        .map(record -> (SpecificRecord) CODEC.decode(record.value())).toList();
  }

  static <T extends SpecificRecord> List<T> events(String notificationId, Class<T> type) {
    return deliveryStream(notificationId).stream().filter(type::isInstance).map(type::cast).toList();
  }

  static MessageDelivered awaitDelivered(String notificationId) {
    return await().atMost(PATIENCE).until(() -> events(notificationId, MessageDelivered.class), list -> !list.isEmpty())
        .get(0);
  }

  static MessageRendered awaitRendered(String notificationId) {
    return await().atMost(PATIENCE).until(() -> Outputs.read(Topics.NOTIFICATIONS.name()).stream()
        .filter(record -> notificationId.equals(record.key())).map(record -> CODEC.decode(record.value()))
        .filter(MessageRendered.class::isInstance).map(MessageRendered.class::cast).findFirst(),
        java.util.Optional::isPresent).orElseThrow();
  }

  static Rendition rendition(MessageRendered message, DeliveryChannel channel) {
    return message.getRenditions().stream().filter(rendition -> rendition.getChannel() == channel).findFirst()
        .orElseThrow();
  }

  /** An ADMIN's PUT of an organ, as the gateway writes it on the catalogue topic. */
  static void putOrgan(String code, String name, List<String> addresses) {
    createOrgansTopic();
    String eventId = UUID.randomUUID().toString();
    send(Topics.ORGANS.name(), code, new OrganUpdated(new EventEnvelope(eventId, code, 1L, Instant.now(),
        new Actor("admin", Role.ADMIN, null, null), Origin.API, eventId, eventId), code, name, addresses));
  }

  static void send(String topic, String key, SpecificRecord value) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key, CODEC.encode(value))).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void createOrgansTopic() {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedKafkaBroker.bootstrapServers()))) {
      if (!admin.listTopics().names().get().contains(Topics.ORGANS.name())) {
        admin.createTopics(List.of(Topics.ORGANS.newTopic())).all().get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
