package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.operations.ConsumerLagGauge;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gateway's operations (issue 13): Prometheus text for ADMIN, the consumer lag read from the
 * broker with no consumer running, and the W3C trace context from HTTP onto the records written.
 */
class OperationsTest extends GatewayTestSupport {

  @Autowired
  ConsumerLagGauge consumerLag;

  @Test
  void admin_scrapes_prometheus_text_with_jvm_http_and_kafka_client_metrics() {
    getAs("team", "/api/v1/components");

    Response scrape = getAs("admin", "/actuator/prometheus");

    assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
    assertThat(scrape.contentType()).startsWith("text/plain");
    assertThat(scrape.body())
        .contains("# TYPE jvm_memory_used_bytes gauge")
        .contains("http_server_requests_seconds_count{")
        .contains("kafka_producer_");
    assertThat(getAs(null, "/actuator/prometheus").status()).isEqualTo(401);
  }

  @Test
  void liveness_and_readiness_probes_answer_up_beside_the_health_of_today() {
    Response readiness = getAs(null, "/actuator/health/readiness");
    assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
    assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    assertThat(getAs(null, "/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(getAs(null, "/actuator/health").json().path("status").asString()).isEqualTo("UP");
  }

  @Test
  void the_lag_of_a_group_with_no_member_is_end_minus_committed_and_an_open_transaction_is_not_lag()
      throws Exception {
    String topic = "npi007-test-lag-" + UUID.randomUUID();
    String behind = "npi007-test-behind-" + UUID.randomUUID();
    String idle = "npi007-test-idle-" + UUID.randomUUID();
    String foreign = "someone-else-" + UUID.randomUUID();
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
      try (KafkaProducer<String, String> producer = producer(Map.of())) {
        for (int i = 0; i < 5; i++) {
          producer.send(new ProducerRecord<>(topic, 0, "k", "v" + i));
        }
        producer.send(new ProducerRecord<>(topic, 1, "k", "v"));
        producer.flush();
      }
      TopicPartition p0 = new TopicPartition(topic, 0);
      TopicPartition p1 = new TopicPartition(topic, 1);
      // committed by nobody running: the groups exist only through their offsets
      admin.alterConsumerGroupOffsets(behind, Map.of(p0, new OffsetAndMetadata(2), p1, new OffsetAndMetadata(1)))
          .all().get();
      admin.alterConsumerGroupOffsets(idle, Map.of(p0, new OffsetAndMetadata(5), p1, new OffsetAndMetadata(1)))
          .all().get();
      admin.alterConsumerGroupOffsets(foreign, Map.of(p0, new OffsetAndMetadata(0))).all().get();

      // a transaction written but not committed is not work a read_committed consumer can do yet
      try (KafkaProducer<String, String> transactional =
          producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "npi007-test-open-" + UUID.randomUUID()))) {
        transactional.initTransactions();
        transactional.beginTransaction();
        for (int i = 0; i < 3; i++) {
          transactional.send(new ProducerRecord<>(topic, 0, "k", "open" + i));
        }
        transactional.flush();

        consumerLag.refresh();
        String scrape = getAs("admin", "/actuator/prometheus").body();

        assertThat(lag(scrape, behind, topic)).contains(3.0);
        assertThat(lag(scrape, idle, topic)).contains(0.0);
        assertThat(lag(scrape, foreign, topic)).isEmpty();
        transactional.abortTransaction();
      }
    }
  }

  @Test
  void a_command_carries_the_trace_id_of_the_request_traceparent() {
    String traceId = randomHex(16);
    var before = endOffsets(Topics.INCIDENT_COMMANDS);

    Response response = postJson("team", "/api/v1/incidents",
        report("SIGEFES", "SEFAZ", "Fora do ar", "WHATSAPP_GROUP"),
        "traceparent", "00-" + traceId + "-" + randomHex(8) + "-01");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    String id = response.json().path("id").asString();
    ConsumerRecord<String, byte[]> command = recordsSince(Topics.INCIDENT_COMMANDS, before).stream()
        .filter(record -> id.equals(record.key())).findFirst().orElseThrow();
    assertThat(traceparent(command)).startsWith("00-" + traceId + "-");
  }

  @Test
  void a_webhook_without_traceparent_starts_a_trace_its_records_carry() {
    var before = endOffsets(Topics.MONITORING_ALERTS);
    String id = "trace-" + UUID.randomUUID();
    String body = "{\"id\":\"" + id + "\",\"status\":\"firing\",\"name\":\"PingFail\",\"component\":\"e-Docs\","
        + "\"organ\":\"SEGER\",\"summary\":\"Sem resposta ao ping\",\"startsAt\":\"2025-03-10T12:00:00Z\"}";

    Response response = postBytes("/webhooks/alerts", body.getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + WEBHOOK_TOKEN);

    assertThat(response.status()).as(response.body()).isEqualTo(202);
    ConsumerRecord<String, byte[]> alert = recordsSince(Topics.MONITORING_ALERTS, before).stream()
        .filter(record -> id.equals(record.key())).findFirst().orElseThrow();
    assertThat(traceparent(alert)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
  }

  private static String traceparent(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader("traceparent");
    assertThat(header).as("traceparent header on %s", record.topic()).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The value of {@code npi007_consumer_lag{group,topic}} in the scrape, if the series is there. */
  private static Optional<Double> lag(String scrape, String group, String topic) {
    Matcher line = Pattern.compile("(?m)^npi007_consumer_lag\\{([^}]*)} (\\S+)$").matcher(scrape);
    while (line.find()) {
      if (line.group(1).contains("group=\"" + group + "\"") && line.group(1).contains("topic=\"" + topic + "\"")) {
        return Optional.of(Double.parseDouble(line.group(2)));
      }
    }
    return Optional.empty();
  }

  private static Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()));
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
    Map<String, Object> settings = new java.util.HashMap<>(extra);
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
    return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
