package br.gov.es.prodest.npi007.incident;

import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBrokerInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.support.KafkaHeaders;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One running incident-service on the shared broker, shared by the integration tests that extend this. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SharedKafkaBrokerInitializer.class)
abstract class RunningIncidentService {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final AvroCodec CODEC = AvroCodec.instance();
  private static final String DATA_DIR = temporaryDataDir();
  private static final Map<String, CommittedRecords> TOPICS = new ConcurrentHashMap<>();
  private static KafkaProducer<byte[], byte[]> producer;

  private final HttpClient http = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  private int port;

  @Autowired
  JsonMapper json;

  @DynamicPropertySource
  static void isolatedDataDir(DynamicPropertyRegistry registry) {
    registry.add("NPI007_DATA_DIR", () -> DATA_DIR);
    // the compliance gauge counts again within a second, not 30 s: its test waits for the new count
    registry.add("npi007.compliance.count-refresh", () -> "1s");
  }

  @AfterAll
  static void closeClients() {
    TOPICS.values().forEach(CommittedRecords::close);
    TOPICS.clear();
    if (producer != null) {
      producer.close();
      producer = null;
    }
  }

  static synchronized KafkaProducer<byte[], byte[]> producer() {
    if (producer == null) {
      producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          SharedKafkaBroker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
          new ByteArraySerializer(), new ByteArraySerializer());
    }
    return producer;
  }

  /** A command is sent as the gateway sends it, with a correlation header (only such a command is answered). */
  static void send(TopicSpec topic, String key, SpecificRecord value) {
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic.name(), key.getBytes(StandardCharsets.UTF_8),
        CODEC.encode(value));
    if (topic.equals(Topics.INCIDENT_COMMANDS)) {
      record.headers().add(KafkaHeaders.CORRELATION_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }
    producer().send(record);
    producer().flush();
  }

  static CommittedRecords topic(TopicSpec topic) {
    return TOPICS.computeIfAbsent(topic.name(),
        name -> new CommittedRecords(SharedKafkaBroker.bootstrapServers(), name));
  }

  static List<CommandResult> awaitResults(String commandId, int count) {
    return await().atMost(PATIENCE).until(() -> topic(Topics.INCIDENT_COMMAND_RESULTS).matching(record ->
            CODEC.decode(record.value(), CommandResult.class).getCommandId().equals(commandId)),
        found -> found.size() >= count).stream()
        .map(record -> CODEC.decode(record.value(), CommandResult.class)).toList();
  }

  /** Every committed event of the incident, in offset order. */
  static List<SpecificRecord> eventsOf(String incidentId) {
    return topic(Topics.INCIDENT_EVENTS).allCommittedMatching(
            record -> new String(record.key(), StandardCharsets.UTF_8).equals(incidentId))
        .stream().map(ConsumerRecord::value).map(CODEC::decode).toList();
  }

  JsonNode awaitJson(String path, java.util.function.Predicate<JsonNode> condition) {
    return await().atMost(PATIENCE).until(() -> {
      HttpResponse<String> response = get(path);
      return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }, found -> found != null && condition.test(found));
  }

  /**
   * How many commands of this type were decided and accepted, from the service's Prometheus text: a
   * command nobody waits for (intake, deliveries) has no result to await.
   */
  double accepted(String commandType) {
    String sample = "npi007_commands_total{outcome=\"accepted\",reason=\"none\",type=\"" + commandType + "\"} ";
    return get("/actuator/prometheus").body().lines().filter(line -> line.startsWith(sample)).findFirst()
        .map(line -> Double.parseDouble(line.substring(sample.length()).trim())).orElse(0.0);
  }

  HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String temporaryDataDir() {
    try {
      return Files.createTempDirectory("npi007-incident-service-").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
