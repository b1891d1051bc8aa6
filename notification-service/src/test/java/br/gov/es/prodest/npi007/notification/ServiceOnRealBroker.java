package br.gov.es.prodest.npi007.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBrokerInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a real broker, shared by the integration tests (one application context): what
 * they send to the incident events topic, and what the service wrote and serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SharedKafkaBrokerInitializer.class)
// one service at a time on the shared broker: another test class runs it with other settings
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ServiceOnRealBroker {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final AvroCodec CODEC = AvroCodec.instance();
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DATA_DIR = "target/it-data/" + UUID.randomUUID();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static KafkaProducer<String, byte[]> producer;

  @LocalServerPort
  int port;

  @Value("${spring.kafka.streams.application-id}")
  String applicationId;

  @DynamicPropertySource
  static void isolatedDataDirectory(DynamicPropertyRegistry registry) {
    registry.add("npi007.data-dir", () -> DATA_DIR);
    // 6.2 needs no review here (AUTO), so one running service shows both kinds of message
    registry.add("npi007.review-messages", () -> "6.1,6.3,6.4,6.5,6.6");
  }

  @BeforeAll
  static void startProducer() {
    producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
  }

  @AfterAll
  static void stopProducer() {
    producer.close();
  }

  @BeforeEach
  void serviceIsUp() {
    await().pollDelay(Duration.ZERO).atMost(PATIENCE).until(() -> get("/actuator/health").statusCode() == 200);
  }

  static RecordMetadata send(String key, SpecificRecord event) {
    return send(key, CODEC.encode(event));
  }

  static RecordMetadata send(String key, byte[] value) {
    return send(new ProducerRecord<>(Topics.INCIDENT_EVENTS.name(), key, value));
  }

  static RecordMetadata send(ProducerRecord<String, byte[]> record) {
    try {
      return producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the service has processed the sent record, and committed what it wrote for it. */
  void awaitProcessed(RecordMetadata sent) {
    await().atMost(PATIENCE).until(() -> Outputs.committedOffset(applicationId, sent.topic(), sent.partition())
        > sent.offset());
  }

  static List<ConsumerRecord<String, byte[]>> rendered(String notificationId) {
    return Outputs.read(Topics.NOTIFICATIONS.name()).stream().filter(record -> notificationId.equals(record.key())).toList();
  }

  /**
   * Waits until {@code count} messages are rendered for the incident, and returns every one: the
   * rendered messages reach the notifications topic one hop after the incident event is processed.
   */
  static List<MessageRendered> awaitRendered(String incidentId, int count) {
    return await().atMost(PATIENCE).until(() -> renderedFor(incidentId), rendered -> rendered.size() >= count);
  }

  /** Every message rendered for the incident, as written to the notifications topic. */
  static List<MessageRendered> renderedFor(String incidentId) {
    return Outputs.read(Topics.NOTIFICATIONS.name()).stream()
        .map(record -> CODEC.decode(record.value()))
        .filter(MessageRendered.class::isInstance).map(MessageRendered.class::cast)
        .filter(message -> incidentId.equals(message.getIncidentId()))
        .toList();
  }

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
