package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.standalone.Ports;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 as an operator sees it, from outside the running system: one report that arrives with a
 * W3C {@code traceparent} is followed by its trace id across the Kafka hops (the 6.1's records, its
 * delivery's events, each service's log); every service's {@code /actuator/prometheus} is scraped and
 * the domain metrics are read for their values; the lag of a stopped consumer shows, then drains;
 * and the whole flow's logs hold none of the secrets it used, nor a message's body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ObservedFlowTest {

  private static final String METRICS_TOKEN = "token-das-metricas-dos-testes";
  private static final String COMPONENT = "Sistema de Protocolo Eletrônico";
  private static final String LAGGING_COMPONENT = "Portal de Compras";
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final CapturedOutput output = new CapturedOutput(System.out);
  private final String traceId = hex(16);
  private FakeProviders providers;
  private RunningSystem system;
  private DeliveredFlows flows;
  private Path dataDir;

  @BeforeAll
  void startTheSystem(@TempDir Path dataDir) {
    this.dataDir = dataDir;
    providers = FakeProviders.start();
    Map<String, String> environment = new HashMap<>(providers.environment());
    environment.put("NPI007_METRICS_TOKEN", METRICS_TOKEN);
    // the 6.1 goes out at once (ASCOM reviews only 6.2 here), so its delivery follows the report's trace
    environment.put("NPI007_REVIEW_MESSAGES", "6.2");
    environment.put("NPI007_DELIVERY_BACKOFF_INITIAL", "PT1S");
    // the gateway reads the lag every 2 s here (15 s by default), so the stopped consumer shows sooner
    environment.put("NPI007_OPERATIONS_LAGREFRESH", "2s");
    system = RunningSystem.start(dataDir, Ports.free(), environment, output.stream());
    flows = new DeliveredFlows(system, providers);
  }

  @AfterAll
  void stopTheSystem() {
    if (system != null) {
      system.close();
    }
    if (providers != null) {
      providers.close();
    }
  }

  @Test
  @Order(1)
  void aReportsTraceIdTravelsToTheDeliveryOfIts61AndIntoEveryLogOnTheWay() {
    HttpResponse<String> created = system.postWithHeaders("notifier-sesa", "/api/v1/incidents", """
        {"component": "%s", "organ": "SESA", "description": "Lentidão ao protocolar",
         "source": "WHATSAPP_GROUP", "reportedBy": "Gestor de TI"}""".formatted(COMPONENT),
        Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01", "Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String incident = JsonPath.read(created.body(), "$.id");
    assertThat(flows.whatsApp(COMPONENT, 1)).containsExactly(NormMessages.receipt61(COMPONENT));
    String receipt = (String) flows.awaitNotification(incident, "6.1", "DELIVERED").get("id");

    assertThat(recordsOf(Topics.INCIDENT_EVENTS, incident)).isNotEmpty()
        .allSatisfy(record -> assertThat(traceIdOf(record)).as("incident event").isEqualTo(traceId));
    assertThat(recordsOf(Topics.NOTIFICATIONS, receipt)).as("the 6.1's records").isNotEmpty()
        .allSatisfy(record -> assertThat(traceIdOf(record)).as("notification").isEqualTo(traceId));
    assertThat(recordsOf(Topics.DELIVERIES, receipt)).as("its delivery's events").isNotEmpty()
        .allSatisfy(record -> assertThat(traceIdOf(record)).as("delivery").isEqualTo(traceId));
    // the timeline shows each entry's trace: the report's event, its 6.1 and the 6.1's delivery
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(JsonPath.<List<String>>read(
        system.get("team", "/api/v1/incidents/" + incident + "/timeline").body(), "$[*].kind"))
        .contains("event", "message", "delivery"));
    assertThat(JsonPath.<List<String>>read(system.get("team", "/api/v1/incidents/" + incident + "/timeline").body(),
        "$[*].traceId")).isNotEmpty().containsOnly(traceId);
    for (String service : List.of("gateway", "incident-service", "notification-service")) {
      assertThat(output.linesOf(service)).as(service + " logs the trace id").anyMatch(line -> line.contains(traceId));
    }
  }

  @Test
  @Order(2)
  void everyServiceServesTheDomainMetricsWithTheirValues() {
    PrometheusText incidents = scrape(system.ports().incidentService(), null);
    assertThat(incidents.sum("npi007_commands_total", Map.of("type", "ReportIncident", "outcome", "accepted")))
        .isEqualTo(1.0);
    assertThat(incidents.sum("npi007_events_total", Map.of("type", "IncidentReported"))).isEqualTo(1.0);
    assertThat(incidents.has("kafka_stream_state_updater_restore_records_total")
        || incidents.has("kafka_consumer_fetch_manager_records_consumed_total")).as("Kafka client metrics").isTrue();
    assertThat(incidents.has("jvm_memory_used_bytes")).isTrue();

    PrometheusText notifications = scrape(system.ports().notificationService(), null);
    assertThat(notifications.sum("npi007_messages_rendered_total", Map.of("message", "6.1"))).isEqualTo(1.0);
    assertThat(notifications.sum("npi007_deliveries_total",
        Map.of("channel", "whatsapp", "provider", "whatsapp-cloud-api", "outcome", "delivered"))).isEqualTo(1.0);
    assertThat(notifications.sum("npi007_report_to_acknowledgement_seconds_count")).isEqualTo(1.0);
    assertThat(notifications.sum("npi007_delivery_seconds_count", Map.of("channel", "whatsapp"))).isEqualTo(1.0);
    assertThat(notifications.has("npi007_outbox_pending")).isTrue();

    PrometheusText maintenances = scrape(system.ports().maintenanceService(), null);
    assertThat(maintenances.has("jvm_memory_used_bytes")).isTrue();
    assertThat(maintenances.sum("npi007_dead_letters_total")).isEqualTo(0.0);

    PrometheusText gateway = scrape(system.ports().gateway(), METRICS_TOKEN);
    assertThat(gateway.has("http_server_requests_seconds_count")).isTrue();
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(
        scrape(system.ports().gateway(), METRICS_TOKEN).has("npi007_consumer_lag")).isTrue());
    assertThat(status(system.ports().gateway(), "/actuator/prometheus", null)).as("no token, no metrics").isEqualTo(401);
  }

  @Test
  @Order(3)
  void aStoppedConsumersLagShowsOnTheGatewayAndDrainsWhenItIsBack() throws Exception {
    ProcessHandle notificationService = system.service("notification-service");
    signal("STOP", notificationService);
    try {
      flows.report("notifier-sedu", LAGGING_COMPONENT, "SEDU");
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape(system.ports().gateway(), METRICS_TOKEN)
          .sum("npi007_consumer_lag", Map.of("group", "npi007-notification-service", "topic", Topics.INCIDENT_EVENTS.name())))
          .isGreaterThan(0.0));
    } finally {
      signal("CONT", notificationService);
    }
    assertThat(flows.whatsApp(LAGGING_COMPONENT, 1)).containsExactly(NormMessages.receipt61(LAGGING_COMPONENT));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape(system.ports().gateway(), METRICS_TOKEN)
        .sum("npi007_consumer_lag", Map.of("group", "npi007-notification-service"))).isEqualTo(0.0));
  }

  @Test
  @Order(4)
  void theWholeFlowsLogsHoldNoneOfItsSecrets() throws Exception {
    String subscriptionSecret = Files.readString(dataDir.resolve("standalone").resolve("subscription-secret")).strip();
    assertThat(output.text()).isNotBlank()
        .doesNotContain(RunningSystem.PASSWORD)
        .doesNotContain(RunningSystem.WEBHOOK_TOKEN)
        .doesNotContain(RunningSystem.SERVICE_DESK_SECRET)
        .doesNotContain(METRICS_TOKEN)
        .doesNotContain(subscriptionSecret)
        .doesNotContain(providers.environment().get("NPI007_WHATSAPP_CLOUD_API_TOKEN"))
        .doesNotContain(RunningSystem.basic("notifier-sesa", RunningSystem.PASSWORD).substring("Basic ".length()))
        .as("no message body either").doesNotContain("recebemos sua notificação");
  }

  /** The records of a topic under one key (an incident's events; a notification's rendering, approval, deliveries). */
  private List<ConsumerRecord<byte[], byte[]>> recordsOf(TopicSpec topic, String key) {
    return TopicRecords.readAll(system.bootstrapServers(), topic).stream()
        .filter(record -> key.equals(new String(record.key(), StandardCharsets.UTF_8)))
        .toList();
  }

  private static String traceIdOf(ConsumerRecord<byte[], byte[]> record) {
    Header traceparent = record.headers().lastHeader("traceparent");
    assertThat(traceparent).as("a traceparent header on " + record.topic()).isNotNull();
    return new String(traceparent.value(), StandardCharsets.US_ASCII).split("-")[1];
  }

  private PrometheusText scrape(int port, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
        .timeout(Duration.ofSeconds(30));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<String> response = system.send(request.GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new PrometheusText(response.body());
  }

  private int status(int port, String path, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return system.send(request.GET().build()).statusCode();
  }

  private static void signal(String signal, ProcessHandle process) throws Exception {
    int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    assertThat(exit).as("kill -" + signal).isZero();
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
