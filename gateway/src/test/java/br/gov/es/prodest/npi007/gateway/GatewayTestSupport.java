package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBrokerInitializer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context for every integration test of the gateway: the real broker, a fake
 * incident-service, notification-service and maintenance-service on it, and WireMock as the services' internal
 * query APIs. Requests go over real HTTP, through the servlet container, the security filters and
 * the error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "npi007.standalone.password=" + GatewayTestSupport.PASSWORD,
    "npi007.commands.reply-timeout=3s",
    "npi007.webhooks.service-desk-secret=" + GatewayTestSupport.SERVICE_DESK_SECRET,
    "npi007.webhooks.token=" + GatewayTestSupport.WEBHOOK_TOKEN,
    "npi007.whatsapp-webhook.verify-token=" + GatewayTestSupport.WHATSAPP_VERIFY_TOKEN,
    "npi007.whatsapp-webhook.app-secret=" + GatewayTestSupport.WHATSAPP_APP_SECRET,
    "npi007.whatsapp-webhook.evolution-api-key=" + GatewayTestSupport.EVOLUTION_API_KEY,
    "npi007.whatsapp-webhook.group=" + GatewayTestSupport.WHATSAPP_GROUP,
    "npi007.status.subscription-secret=" + GatewayTestSupport.SUBSCRIPTION_SECRET})
@ContextConfiguration(initializers = SharedKafkaBrokerInitializer.class)
@Import({FakeIncidentService.class, FakeNotificationService.class, FakeMaintenanceService.class})
abstract class GatewayTestSupport {

  static final String PASSWORD = "senha-de-teste";
  static final String SERVICE_DESK_SECRET = "segredo-da-central-de-teste";
  static final String WEBHOOK_TOKEN = "token-de-alertas-de-teste";
  static final String WHATSAPP_VERIFY_TOKEN = "token-de-verificacao-do-whatsapp";
  static final String WHATSAPP_APP_SECRET = "segredo-do-app-whatsapp";
  static final String EVOLUTION_API_KEY = "chave-da-instancia-evolution";
  static final String WHATSAPP_GROUP = "120363041234567890@g.us";
  static final String SUBSCRIPTION_SECRET = "segredo-das-assinaturas-de-teste";
  static final String PROBLEM_JSON = "application/problem+json";
  static final JsonMapper JSON = JsonMapper.builder().build();

  static final WireMockServer services = startServices();

  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort
  int port;

  @Autowired
  FakeIncidentService incidentService;

  @Autowired
  FakeNotificationService notificationService;

  @Autowired
  FakeMaintenanceService maintenanceService;

  private static WireMockServer startServices() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
    return server;
  }

  @DynamicPropertySource
  static void serviceUrls(DynamicPropertyRegistry registry) {
    registry.add("npi007.internal-api.incident-service-url", services::baseUrl);
    registry.add("npi007.internal-api.notification-service-url", services::baseUrl);
    registry.add("npi007.internal-api.maintenance-service-url", services::baseUrl);
  }

  /**
   * Checked at once, then every 100 ms: Awaitility's default first waits a poll interval, which cost
   * every test of this module 400 ms before it began.
   */
  @BeforeEach
  void gatewayAndFakeServicesReady() {
    services.resetAll();
    ready(() -> getAs(null, "/actuator/health").status() == 200);
    ready(incidentService::isReady);
    ready(notificationService::isReady);
    ready(maintenanceService::isReady);
  }

  private static void ready(java.util.concurrent.Callable<Boolean> condition) {
    await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(60)).until(condition);
  }

  record Response(int status, HttpHeaders headers, String body) {

    JsonNode json() {
      return JSON.readTree(body);
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    /** Asserts an RFC 9457 document of the given status and reason code. */
    JsonNode assertProblem(int expectedStatus, String expectedCode) {
      assertThat(status).as(body).isEqualTo(expectedStatus);
      assertThat(contentType()).startsWith(PROBLEM_JSON);
      JsonNode problem = json();
      assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
      assertThat(problem.path("title").asString()).isNotBlank();
      assertThat(problem.path("detail").asString()).isNotBlank();
      assertThat(problem.has("type")).isTrue();
      assertThat(problem.path("code").asString()).isEqualTo(expectedCode);
      return problem;
    }
  }

  /** The fields named in a VALIDATION_FAILED problem, in order. */
  static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
    return fields;
  }

  /** {@code sha256=<hex of HMAC-SHA256(body, secret)>}. */
  static String hmacSha256(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  Response getAs(String user, String path) {
    return send(request(user, path).GET());
  }

  Response postJson(String user, String path, String body, String... headers) {
    HttpRequest.Builder request = request(user, path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  Response putJson(String user, String path, String body, String... headers) {
    HttpRequest.Builder request = request(user, path)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  Response deleteAs(String user, String path) {
    return send(request(user, path).DELETE());
  }

  HttpRequest.Builder request(String user, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
    if (user != null) {
      String credentials = user + ":" + PASSWORD;
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String report(String component, String organ, String description, String source) {
    return JSON.writeValueAsString(Map.of("component", component, "organ", organ, "description", description,
        "source", source, "reportedBy", "Maria da Silva"));
  }

  Response postBytes(String path, byte[] body, String... headers) {
    HttpRequest.Builder request = request(null, path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** POST of the bytes with the given Content-Type, or with none when {@code contentType} is null. */
  Response postTyped(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request = request(null, path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** How many records INCIDENT_COMMANDS holds: the sum of its partitions' end offsets. */
  static long commandsWritten() {
    return recordsIn(Topics.INCIDENT_COMMANDS);
  }

  /** How many records the topics the API writes (every service's commands, the organ, unit and component catalogues) hold. */
  static long allCommandsWritten() {
    return endOffsets(Topics.INCIDENT_COMMANDS, Topics.NOTIFICATION_COMMANDS, Topics.MAINTENANCE_COMMANDS, Topics.ORGANS,
        Topics.UNITS, Topics.COMPONENTS).values().stream().mapToLong(Long::longValue).sum();
  }

  static long recordsIn(TopicSpec topic) {
    return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Where each partition of the topics ends now, in one request of one admin client shared by the
   * test JVM: a client per call cost the security matrix alone over three minutes.
   */
  static Map<TopicPartition, Long> endOffsets(TopicSpec... topics) {
    try {
      Map<TopicPartition, OffsetSpec> latest = java.util.Arrays.stream(topics)
          .flatMap(topic -> IntStream.range(0, topic.partitions()).mapToObj(p -> new TopicPartition(topic.name(), p)))
          .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
      return SharedAdmin.INSTANCE.listOffsets(latest).all().get().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One admin client for every test of the JVM, on the broker they share; closed when the JVM ends. */
  private static final class SharedAdmin {
    static final Admin INSTANCE = open();

    private static Admin open() {
      Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> admin.close(Duration.ofSeconds(2))));
      return admin;
    }
  }

  /** The records written to the topic since {@code since} (from {@link #endOffsets}), up to its end now. */
  static List<ConsumerRecord<String, byte[]>> recordsSince(TopicSpec topic, Map<TopicPartition, Long> since) {
    Map<TopicPartition, Long> until = endOffsets(topic);
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(until.keySet());
      since.forEach(consumer::seek);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (until.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
        assertThat(System.nanoTime()).as("records of %s read in time", topic.name()).isLessThan(deadline);
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
          if (record.offset() < until.get(new TopicPartition(record.topic(), record.partition()))) {
            records.add(record);
          }
        });
      }
    }
    return records;
  }
}
