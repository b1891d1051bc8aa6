package br.gov.es.prodest.npi007.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceAnnounced;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCompleted;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service on a real broker, in simulated time: commands in, events and results out, the register over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "npi007.maintenance.timer-interval=PT0.2S")
@ContextConfiguration(initializers = SharedKafkaBrokerInitializer.class)
class MaintenanceServiceIntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final SimulatedClock CLOCK = new SimulatedClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  private static KafkaProducer<byte[], byte[]> producer;
  private static CommittedRecords events;
  private static CommittedRecords results;

  @TestConfiguration
  static class SimulatedTime {

    @Bean
    @Primary
    SimulatedClock simulatedClock() {
      return CLOCK;
    }
  }

  @DynamicPropertySource
  static void isolatedDataDir(DynamicPropertyRegistry registry) throws IOException {
    String dataDir = Files.createTempDirectory("npi007-maintenance-service-").toString();
    registry.add("NPI007_DATA_DIR", () -> dataDir);
  }

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void closeClients() {
    for (AutoCloseable client : new AutoCloseable[] {producer, events, results}) {
      try {
        if (client != null) {
          client.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void a_request_is_answered_with_the_callers_header_published_once_and_shown_with_its_history() throws Exception {
    String id = UUID.randomUUID().toString();
    Instant start = CLOCK.instant().plus(Duration.ofDays(3));
    RequestMaintenance request = WireCommands.request(id, "Portal do Servidor", CLOCK.instant(), start,
        start.plus(Duration.ofHours(2)), false);
    byte[] correlation = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);

    send(Topics.MAINTENANCE_COMMANDS, id, request, correlation);

    ConsumerRecord<byte[], byte[]> answer = awaitResult(request.getMetadata().getCommandId());
    CommandResult result = CODEC.decode(answer.value(), CommandResult.class);
    assertThat(result.getAccepted()).isTrue();
    assertThat(result.getStatus()).isEqualTo("REQUESTED");
    assertThat(answer.headers().lastHeader(KafkaHeaders.CORRELATION_ID).value()).isEqualTo(correlation);
    List<SpecificRecord> published = awaitEvents(id, 1);
    assertThat(published).singleElement().isInstanceOf(MaintenanceRequested.class);

    JsonNode shown = awaitJson("/internal/maintenances/" + id, found -> true);
    assertThat(shown.get("status").asString()).isEqualTo("REQUESTED");
    assertThat(shown.get("component").asString()).isEqualTo("Portal do Servidor");
    assertThat(Instant.parse(shown.get("start").asString())).isEqualTo(start);
    assertThat(shown.get("reminders").size()).isEqualTo(2);
    assertThat(shown.get("reminders").get(0).get("state").asString()).isEqualTo("PENDING");
    assertThat(shown.get("history").get(0).get("type").asString()).isEqualTo("MaintenanceRequested");
    assertThat(shown.get("history").get(0).get("actor").get("userId").asString()).isEqualTo("joao.prodest");
    JsonNode upcoming = json.readTree(get("/internal/maintenances?when=upcoming&component=portal do servidor").body());
    assertThat(upcoming.findValuesAsString("id")).contains(id);
    assertThat(upcoming.get(0).has("history")).isFalse();
    JsonNode past = json.readTree(get("/internal/maintenances?when=past").body());
    assertThat(past.findValuesAsString("id")).doesNotContain(id);
  }

  @Test
  void its_decided_commands_are_in_its_prometheus_text_and_its_probes_answer() {
    String id = UUID.randomUUID().toString();
    Instant start = CLOCK.instant().plus(Duration.ofDays(3));
    RequestMaintenance request = WireCommands.request(id, "Portal do Servidor", CLOCK.instant(), start,
        start.plus(Duration.ofHours(2)), false);

    send(Topics.MAINTENANCE_COMMANDS, id, request, null);
    awaitResult(request.getMetadata().getCommandId());

    String text = get("/actuator/prometheus").body();
    assertThat(text).contains("npi007_commands_total{outcome=\"accepted\",reason=\"none\",type=\"RequestMaintenance\"}",
        "npi007_events_total{type=\"MaintenanceRequested\"}", "kafka_stream_thread_");
    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
      assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    });
  }

  @Test
  void the_window_starts_and_ends_as_the_clock_passes_it_and_a_delivered_6_5_announces_it() {
    String id = UUID.randomUUID().toString();
    Instant start = CLOCK.instant().plus(Duration.ofHours(2));
    send(Topics.MAINTENANCE_COMMANDS, id,
        WireCommands.request(id, "SIGEFES", CLOCK.instant(), start, start.plus(Duration.ofHours(1)), true), null);
    awaitEvents(id, 1);
    MessageDelivered delivered = WireCommands.delivered(id, "6.5", CLOCK.instant());
    send(Topics.DELIVERIES, delivered.getMessage().getNotificationId(), delivered, null);
    assertThat(awaitEvents(id, 2).get(1)).isInstanceOf(MaintenanceAnnounced.class);
    awaitJson("/internal/maintenances/" + id, found -> found.get("status").asString().equals("ANNOUNCED"));

    CLOCK.advance(Duration.ofHours(1));

    assertThat(awaitEvents(id, 3).get(2)).isInstanceOf(MaintenanceReminderDue.class);

    CLOCK.advance(Duration.ofHours(1));

    assertThat(awaitEvents(id, 4).get(3)).isInstanceOf(MaintenanceStarted.class);
    awaitJson("/internal/maintenances?when=in-progress", found -> found.findValuesAsString("id").contains(id));

    CLOCK.advance(Duration.ofHours(1));

    assertThat(awaitEvents(id, 5).get(4)).isInstanceOf(MaintenanceCompleted.class);
    awaitJson("/internal/maintenances?when=past&status=COMPLETED", found -> found.findValuesAsString("id").contains(id));
  }

  @Test
  void an_unknown_maintenance_is_a_not_found_problem_and_a_bad_period_a_bad_request() throws Exception {
    String unknown = UUID.randomUUID().toString();

    HttpResponse<String> response = get("/internal/maintenances/" + unknown);
    HttpResponse<String> badWhen = get("/internal/maintenances?when=amanha");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString())
        .isEqualTo("Manutenção " + unknown + " não encontrada.");
    assertThat(badWhen.statusCode()).isEqualTo(400);
  }

  @Test
  void a_list_is_walked_by_the_next_cursor_header_and_a_bad_limit_or_cursor_is_a_400_with_its_code() throws Exception {
    String component = "Paginado " + UUID.randomUUID().toString().substring(0, 8);
    List<String> requested = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = UUID.randomUUID().toString();
      Instant start = CLOCK.instant().plus(Duration.ofDays(3 + i));
      send(Topics.MAINTENANCE_COMMANDS, id,
          WireCommands.request(id, component, CLOCK.instant(), start, start.plus(Duration.ofHours(1)), false), null);
      requested.add(id);
    }
    awaitJson("/internal/maintenances?limit=500&component=" + component, found -> found.size() == 3);

    HttpResponse<String> first = get("/internal/maintenances?limit=2&component=" + component);
    String cursor = first.headers().firstValue("Npi007-Next-Cursor").orElseThrow();
    HttpResponse<String> last = get("/internal/maintenances?limit=2&component=" + component + "&cursor=" + cursor);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(json.readTree(first.body()).findValuesAsString("id")).containsExactly(requested.get(0), requested.get(1));
    assertThat(json.readTree(last.body()).findValuesAsString("id")).containsExactly(requested.get(2));
    assertThat(last.headers().firstValue("Npi007-Next-Cursor")).isEmpty();
    for (String path : List.of("/internal/maintenances?limit=0", "/internal/maintenances?limit=501",
        "/internal/maintenances?when=past&limit=x")) {
      HttpResponse<String> refused = get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(400);
      assertThat(json.readTree(refused.body()).get("code").asString()).isEqualTo("INVALID_LIMIT");
    }
    HttpResponse<String> foreign = get("/internal/maintenances?when=past&cursor=" + cursor);
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(foreign.body()).get("code").asString()).isEqualTo("INVALID_CURSOR");
    assertThat(json.readTree(foreign.body()).get("detail").asString())
        .isEqualTo("O cursor de paginação é inválido; recomece a consulta sem ele.");
  }

  @Test
  void the_service_is_healthy_once_processing_and_caught_up() {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(get("/actuator/health").statusCode()).isEqualTo(200));
  }

  private static synchronized void send(TopicSpec topic, String key, SpecificRecord value, byte[] correlation) {
    if (producer == null) {
      producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          SharedKafkaBroker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
          new ByteArraySerializer(), new ByteArraySerializer());
    }
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic.name(), key.getBytes(StandardCharsets.UTF_8),
        CODEC.encode(value));
    if (correlation != null) {
      record.headers().add(KafkaHeaders.CORRELATION_ID, correlation);
    } else if (topic.equals(Topics.MAINTENANCE_COMMANDS)) {
      // as the gateway sends it: only a command with a correlation header is answered
      record.headers().add(KafkaHeaders.CORRELATION_ID, key.getBytes(StandardCharsets.UTF_8));
    }
    producer.send(record);
    producer.flush();
  }

  private static synchronized CommittedRecords events() {
    if (events == null) {
      events = new CommittedRecords(SharedKafkaBroker.bootstrapServers(), Topics.MAINTENANCE_EVENTS.name());
    }
    return events;
  }

  private static synchronized CommittedRecords results() {
    if (results == null) {
      results = new CommittedRecords(SharedKafkaBroker.bootstrapServers(), Topics.MAINTENANCE_COMMAND_RESULTS.name());
    }
    return results;
  }

  private static List<SpecificRecord> awaitEvents(String id, int count) {
    return await().atMost(PATIENCE).until(() -> events().of(id), found -> found.size() >= count);
  }

  private static ConsumerRecord<byte[], byte[]> awaitResult(String commandId) {
    return await().atMost(PATIENCE).until(() -> results().matching(record ->
            CODEC.decode(record.value(), CommandResult.class).getCommandId().equals(commandId)),
        found -> !found.isEmpty()).get(0);
  }

  private JsonNode awaitJson(String path, java.util.function.Predicate<JsonNode> condition) {
    return await().atMost(PATIENCE).until(() -> {
      HttpResponse<String> response = get(path);
      return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }, found -> found != null && condition.test(found));
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20")))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
