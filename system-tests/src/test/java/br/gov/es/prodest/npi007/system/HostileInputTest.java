package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.system.PoisonRecords.Poison;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * PRODUCT.md, "Security": bad input gets a clear 4xx problem document and changes nothing. Hundreds
 * of hostile requests to every documented door of the gateway, and undecodable records to every
 * topic of the catalogue, against the whole system as {@code ./npi007 up} runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class HostileInputTest {

  private static final long SEED = 20261129L;
  private static final Pattern PORTUGUESE =
      Pattern.compile("[ãõçáéíóúâêô]|\\b(de|do|da|não|é|o|a|os|as|um|uma|para|com|em|deve|ser|sem|corpo|campo)\\b");
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(the|is|are|must|should|failed|invalid|required|missing|unsupported|cannot|not|was|unexpected|error)\\b");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private RunningSystem system;
  private List<HostileEndpoint> attacked;

  @BeforeAll
  void startTheSystem(@TempDir Path dataDir) {
    system = RunningSystem.start(dataDir, Ports.free(), Map.of(
        "NPI007_WHATSAPP_VERIFY_TOKEN", HostileRequests.WHATSAPP_VERIFY_TOKEN,
        "NPI007_WHATSAPP_APP_SECRET", HostileRequests.WHATSAPP_APP_SECRET));
    attacked = DocumentedDoors.of(system.get("admin", "/v3/api-docs").body(), HostileEndpoints.all());
  }

  @AfterAll
  void stopTheSystem() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  @Order(1)
  void everyHostileRequestIsRefusedWithAProblemDocumentInPortugueseAndWritesNothing() throws Exception {
    HostileRequests requests = new HostileRequests(system.gatewayUrl(), SEED);
    List<HostileCase> cases = attacked.stream().flatMap(endpoint -> requests.against(endpoint).stream()).toList();
    // commands are not state: one sent on an aggregate that does not exist is refused (404) and changes nothing
    List<TopicSpec> recordTopics = existing(Topics.all()).stream()
        .filter(topic -> !topic.name().endsWith(".commands") && !topic.name().endsWith(".command-results")).toList();
    Map<String, Integer> before = TopicRecords.count(system.bootstrapServers(), recordTopics);

    long startedAt = System.nanoTime();
    List<Outcome> outcomes = sendAll(cases);
    long elapsed = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();

    Map<String, Integer> after = TopicRecords.count(system.bootstrapServers(), recordTopics);
    System.out.printf("Requisições hostis: %d em %d ms a %d portas (%s)%n", cases.size(), elapsed, attacked.size(),
        attacked.stream().map(HostileEndpoint::name).toList());
    summary(outcomes).forEach((category, statuses) -> System.out.printf("  %-18s %s%n", category, statuses));
    outcomes.stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(5)
        .forEach(slow -> System.out.printf("  lenta: %s → %d em %d ms%n", slow.hostile(), slow.status(), slow.millis()));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
    assertThat(outcomes.stream().map(Outcome::failure).filter(failure -> failure != null)).isEmpty();
    assertThat(outcomes.stream().filter(outcome -> outcome.status() >= 500)).as("respostas 5xx").isEmpty();
    assertThat(after).as("nada escrito nos tópicos de eventos, entrada e cartas mortas").isEqualTo(before);
  }

  @Test
  @Order(2)
  void undecodableRecordsOnEveryTopicGoToTheDeadLettersWithTheirReason() throws Exception {
    List<TopicSpec> topics = existing(Topics.all()).stream().filter(topic -> !topic.isDeadLetter()).toList();
    Map<String, Set<TopicSpec>> deadLettersByTopic = ServiceConsumers.deadLettersByTopic(system.bootstrapServers());
    PoisonRecords generator = new PoisonRecords(SEED);
    List<Poison> poisons = topics.stream().flatMap(topic -> generator.forTopic(topic).stream()).toList();
    Map<String, Integer> before = TopicRecords.count(system.bootstrapServers(), topics);

    try (KafkaProducer<String, byte[]> producer = producer()) {
      for (Poison poison : poisons) {
        producer.send(new ProducerRecord<>(poison.topic().name(), poison.key(), poison.value())).get();
      }
    }
    List<Poison> expectedDead = poisons.stream()
        .filter(poison -> !deadLettersByTopic.getOrDefault(poison.topic().name(), Set.of()).isEmpty()).toList();
    List<String> missing;
    try {
      missing = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
          .until(() -> missingDeadLetters(expectedDead, deadLettersByTopic), List::isEmpty);
    } catch (ConditionTimeoutException e) {
      missing = missingDeadLetters(expectedDead, deadLettersByTopic);
    }

    Map<String, Integer> after = TopicRecords.count(system.bootstrapServers(), topics);
    System.out.printf("Registros venenosos: %d em %d tópicos; %d lidos por serviços com cartas mortas, %d ausentes delas%n",
        poisons.size(), topics.size(), expectedDead.size(), missing.size());
    deadLettersByTopic.forEach((topic, deadLetters) -> System.out.printf("  %-42s → %s%n", topic,
        deadLetters.stream().map(TopicSpec::name).sorted().toList()));
    assertThat(missing).isEmpty();
    Map<String, Integer> expected = new TreeMap<>(before);
    poisons.forEach(poison -> expected.merge(poison.topic().name(), 1, Integer::sum));
    assertThat(after).as("só os venenos foram escritos; nenhum evento resultou deles").isEqualTo(expected);
  }

  @Test
  @Order(3)
  void everyServiceIsStillUp() {
    Ports ports = system.ports();
    for (int port : List.of(ports.incidentService(), ports.notificationService(), ports.maintenanceService(),
        ports.gateway())) {
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(port + ": " + health.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
      });
    }
  }

  /** An answer, or why it fails the suite (null when it does not). */
  record Outcome(HostileCase hostile, int status, String failure, long millis) {
  }

  private List<Outcome> sendAll(List<HostileCase> cases) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (HostileCase hostile : cases) {
        futures.add(pool.submit(() -> send(hostile)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome send(HostileCase hostile) throws InterruptedException {
    HttpResponse<String> response;
    long sentAt = System.nanoTime();
    try {
      response = http.send(hostile.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // a body over the limit may be cut short by the gateway closing the connection: refused all the same
      return new Outcome(hostile, 0, hostile.oversized() ? null : hostile + ": " + e, millisSince(sentAt));
    }
    return new Outcome(hostile, response.statusCode(), failure(hostile, response), millisSince(sentAt));
  }

  private static String failure(HostileCase hostile, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 500 || (status < 400 && !hostile.mayPass())) {
      return hostile + " → " + status + " " + response.body();
    }
    if (status < 400) {
      return null;
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/problem+json")) {
      return hostile + " → " + status + " com Content-Type '" + type + "': " + abbreviated(response.body());
    }
    try {
      String detail = JsonPath.read(response.body(), "$.detail");
      Integer documented = JsonPath.read(response.body(), "$.status");
      if (documented == null || documented != status) {
        return hostile + " → " + status + " mas o documento diz status " + documented;
      }
      return isPortuguese(detail) ? null : hostile + " → " + status + " com detail fora do português: " + detail;
    } catch (RuntimeException e) {
      return hostile + " → " + status + " com documento ilegível: " + abbreviated(response.body());
    }
  }

  private static long millisSince(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
  }

  static boolean isPortuguese(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    // codes and enum values (FAILED, VALIDATION_FAILED) are names, not English prose
    String lower = text.replaceAll("\\b[A-Z][A-Z0-9_]+\\b", " ").toLowerCase(Locale.ROOT);
    return PORTUGUESE.matcher(lower).find() && !ENGLISH.matcher(lower).find();
  }

  private static Map<String, Map<Integer, Integer>> summary(List<Outcome> outcomes) {
    Map<String, Map<Integer, Integer>> byCategory = new TreeMap<>();
    outcomes.forEach(outcome -> byCategory.computeIfAbsent(outcome.hostile().category(), c -> new TreeMap<>())
        .merge(outcome.status(), 1, Integer::sum));
    return byCategory;
  }

  /** A poison read by several services must reach the dead letters of one of them at least. */
  private List<String> missingDeadLetters(List<Poison> expected, Map<String, Set<TopicSpec>> deadLettersByTopic) {
    Set<TopicSpec> deadLetterTopics = deadLettersByTopic.values().stream().flatMap(Set::stream)
        .collect(java.util.stream.Collectors.toSet());
    Map<String, List<ConsumerRecord<byte[], byte[]>>> dead = new TreeMap<>();
    deadLetterTopics.forEach(topic -> dead.put(topic.name(), TopicRecords.readAll(system.bootstrapServers(), topic)));
    List<String> missing = new ArrayList<>();
    for (Poison poison : expected) {
      Set<TopicSpec> readers = deadLettersByTopic.get(poison.topic().name());
      boolean found = readers.stream().anyMatch(deadLetters ->
          dead.get(deadLetters.name()).stream().anyMatch(record -> isDeadLetterOf(record, poison)));
      if (!found) {
        missing.add(poison + " ausente de " + readers.stream().map(TopicSpec::name).sorted().toList());
      }
    }
    return Collections.unmodifiableList(missing);
  }

  private static boolean isDeadLetterOf(ConsumerRecord<byte[], byte[]> record, Poison poison) {
    return record.key() != null && poison.key().equals(new String(record.key(), StandardCharsets.UTF_8))
        && poison.topic().name().equals(header(record, Topics.DeadLetterHeaders.SOURCE_TOPIC))
        && !header(record, Topics.DeadLetterHeaders.REASON).isBlank();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private List<TopicSpec> existing(List<TopicSpec> topics) {
    Set<String> names = ServiceConsumers.topicNames(system.bootstrapServers());
    return topics.stream().filter(topic -> names.contains(topic.name())).toList();
  }

  private KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
  }

  private static String abbreviated(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
