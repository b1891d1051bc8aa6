package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.monitoring.AlertStatus;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The alert webhooks: Alertmanager's payload v4 and the generic alert, with the bearer token. */
class AlertWebhooksTest extends GatewayTestSupport {

  private static final String ALERTMANAGER = "/webhooks/alertmanager";
  private static final String GENERIC = "/webhooks/alerts";
  private static final String BEARER = "Bearer " + WEBHOOK_TOKEN;
  private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

  @Test
  void a_firing_alert_is_written_keyed_by_fingerprint() {
    String fingerprint = fingerprint();
    String body = group("firing", alert("firing", fingerprint,
        "\"alertname\":\"SigefesDown\",\"component\":\"SIGEFES\",\"service\":\"sigefes-api\",\"organ\":\"SEFAZ\","
            + "\"severity\":\"critical\",\"instance\":\"sigefes-01:9100\",\"job\":\"node\"",
        "SIGEFES não responde", "2025-03-10T12:00:00.123456789Z", ZERO_TIME));

    Map<String, AlertReceived> written = post(body, 1);

    AlertReceived alert = written.get(fingerprint);
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.getAlertName()).isEqualTo("SigefesDown");
    assertThat(alert.getComponent()).isEqualTo("SIGEFES");
    assertThat(alert.getOrgan()).isEqualTo("SEFAZ");
    assertThat(alert.getSummary()).isEqualTo("SIGEFES não responde");
    assertThat(alert.getStartsAt()).isEqualTo(Instant.parse("2025-03-10T12:00:00.123Z"));
    assertThat(alert.getEndsAt()).isNull();
    assertThat(alert.getLabels()).containsEntry("instance", "sigefes-01:9100").containsEntry("severity", "critical");
    assertThat(alert.getSource()).isEqualTo("alertmanager");
    assertThat(alert.getReceivedAt()).isAfter(Instant.now().minusSeconds(60));
  }

  @Test
  void a_resolved_alert_carries_its_end() {
    String fingerprint = fingerprint();
    String body = group("resolved", alert("resolved", fingerprint, "\"alertname\":\"SigefesDown\",\"component\":\"SIGEFES\"",
        "SIGEFES não responde", "2025-03-10T12:00:00Z", "2025-03-10T13:30:00-03:00"));

    AlertReceived alert = post(body, 1).get(fingerprint);

    assertThat(alert.getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.getEndsAt()).isEqualTo(Instant.parse("2025-03-10T16:30:00Z"));
    assertThat(alert.getOrgan()).isEqualTo("PRODEST");
  }

  @Test
  void a_group_of_three_mixed_alerts_writes_one_record_each() {
    String first = fingerprint();
    String second = fingerprint();
    String third = fingerprint();
    String body = group("firing",
        alert("firing", first, "\"alertname\":\"HighLatency\",\"service\":\"portal-saude\",\"organ\":\"sesa\"",
            "Portal da Saúde lento", "2025-03-10T12:00:00Z", ZERO_TIME),
        alert("resolved", second, "\"alertname\":\"HighLatency\",\"service\":\"e-docs\",\"organ\":\"XPTO\"",
            null, "2025-03-10T11:00:00Z", "2025-03-10T11:45:00Z"),
        alert("firing", third, "\"alertname\":\"DiskFull\",\"organ\":\"\"",
            "", "2025-03-10T12:01:00Z", ZERO_TIME));

    Map<String, AlertReceived> written = post(body, 3);

    assertThat(written.get(first).getComponent()).isEqualTo("portal-saude");
    assertThat(written.get(first).getOrgan()).isEqualTo("SESA");
    assertThat(written.get(second).getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(written.get(second).getOrgan()).isEqualTo("PRODEST");
    assertThat(written.get(second).getSummary()).isNull();
    assertThat(written.get(second).getEndsAt()).isEqualTo(Instant.parse("2025-03-10T11:45:00Z"));
    assertThat(written.get(third).getComponent()).isEqualTo("DiskFull");
    assertThat(written.get(third).getOrgan()).isEqualTo("PRODEST");
    assertThat(written.get(third).getSummary()).isNull();
  }

  // Issue 15: the label unit, else team, names the unit in charge when the catalogue has it; else it is kept as sent
  @Test
  void the_unit_or_team_label_names_the_unit_in_charge_and_an_unknown_one_is_recorded_not_guessed() {
    String byUnit = fingerprint();
    String byTeam = fingerprint();
    String unknown = fingerprint();
    String none = fingerprint();
    String body = group("firing",
        alert("firing", byUnit, "\"alertname\":\"LinkDown\",\"unit\":\"geitic\",\"team\":\"gesit\"", null,
            "2025-03-10T12:00:00Z", ZERO_TIME),
        alert("firing", byTeam, "\"alertname\":\"ApiErrors\",\"team\":\"GESIT\"", null, "2025-03-10T12:00:00Z",
            ZERO_TIME),
        alert("firing", unknown, "\"alertname\":\"DiskFull\",\"team\":\"infra-rede\"", null,
            "2025-03-10T12:00:00Z", ZERO_TIME),
        alert("firing", none, "\"alertname\":\"HostDown\"", null, "2025-03-10T12:00:00Z", ZERO_TIME));

    Map<String, AlertReceived> written = post(body, 4);

    assertThat(written.get(byUnit).getUnit()).isEqualTo("GEITIC");
    assertThat(written.get(byUnit).getUnrecognisedUnit()).isNull();
    assertThat(written.get(byTeam).getUnit()).isEqualTo("GESIT");
    assertThat(written.get(unknown).getUnit()).isNull();
    assertThat(written.get(unknown).getUnrecognisedUnit()).isEqualTo("infra-rede");
    assertThat(written.get(none).getUnit()).isNull();
    assertThat(written.get(none).getUnrecognisedUnit()).isNull();
  }

  @Test
  void a_group_larger_than_the_api_body_limit_is_taken_whole() {
    String[] alerts = new String[150];
    for (int i = 0; i < alerts.length; i++) {
      alerts[i] = alert("firing", fingerprint(), "\"alertname\":\"HostDown\",\"instance\":\"host-" + i
          + "\",\"padding\":\"" + "x".repeat(400) + "\"", "Servidor " + i + " fora do ar", "2025-03-10T12:00:00Z", ZERO_TIME);
    }
    String body = group("firing", alerts);
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);

    assertThat(post(body, alerts.length)).hasSize(alerts.length);
  }

  @Test
  void an_identical_retry_writes_the_same_alerts_again_for_the_incident_service_to_recognise() {
    String fingerprint = fingerprint();
    String body = group("firing", alert("firing", fingerprint, "\"alertname\":\"SigefesDown\"", "Fora do ar",
        "2025-03-10T12:00:00Z", ZERO_TIME));

    AlertReceived first = post(body, 1).get(fingerprint);
    AlertReceived retry = post(body, 1).get(fingerprint);

    assertThat(AlertReceived.newBuilder(retry).setReceivedAt(first.getReceivedAt()).build()).isEqualTo(first);
  }

  @Test
  void a_generic_alert_is_written_with_its_id_as_fingerprint() {
    String id = "generic-" + UUID.randomUUID();
    Map<TopicPartition, Long> before = endOffsets(Topics.MONITORING_ALERTS);
    String body = "{\"id\":\"" + id + "\",\"status\":\"resolved\",\"name\":\"PingFail\",\"component\":\"e-Docs\","
        + "\"organ\":\"SEGER\",\"summary\":\"Sem resposta ao ping\",\"startsAt\":\"2025-03-10T12:00:00Z\","
        + "\"endsAt\":\"2025-03-10T12:10:00Z\",\"unit\":\"gedad\"}";

    Response response = postBytes(GENERIC, body.getBytes(StandardCharsets.UTF_8), "Authorization", BEARER);

    assertThat(response.status()).as(response.body()).isEqualTo(202);
    AlertReceived alert = decodeAll(recordsSince(Topics.MONITORING_ALERTS, before)).get(id);
    assertThat(alert.getSource()).isEqualTo("generic");
    assertThat(alert.getAlertName()).isEqualTo("PingFail");
    assertThat(alert.getComponent()).isEqualTo("e-Docs");
    assertThat(alert.getOrgan()).isEqualTo("SEGER");
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.getEndsAt()).isEqualTo(Instant.parse("2025-03-10T12:10:00Z"));
    assertThat(alert.getUnit()).isEqualTo("GEDAD");
  }

  @Test
  void a_missing_or_wrong_token_is_401_with_the_bearer_challenge_and_writes_nothing() {
    byte[] body = group("firing", alert("firing", fingerprint(), "\"alertname\":\"X\"", null, "2025-03-10T12:00:00Z",
        ZERO_TIME)).getBytes(StandardCharsets.UTF_8);
    String basic = "Basic " + Base64.getEncoder().encodeToString(("integration:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    long before = recordsIn(Topics.MONITORING_ALERTS);

    for (String path : List.of(ALERTMANAGER, GENERIC)) {
      Response missing = postBytes(path, body);
      missing.assertProblem(401, "UNAUTHENTICATED");
      assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
      postBytes(path, body, "Authorization", "Bearer " + WEBHOOK_TOKEN + "x").assertProblem(401, "UNAUTHENTICATED");
      postBytes(path, body, "Authorization", "Bearer").assertProblem(401, "UNAUTHENTICATED");
      postBytes(path, body, "Authorization", WEBHOOK_TOKEN).assertProblem(401, "UNAUTHENTICATED");
      postBytes(path, body, "Authorization", basic).assertProblem(401, "UNAUTHENTICATED");
    }

    assertThat(recordsIn(Topics.MONITORING_ALERTS)).isEqualTo(before);
  }

  @Test
  void malformed_or_invalid_bodies_are_400_and_write_nothing() {
    long before = recordsIn(Topics.MONITORING_ALERTS);
    String unnamed = group("firing", alert("firing", fingerprint(), "\"severity\":\"critical\"", null,
        "2025-03-10T12:00:00Z", ZERO_TIME));
    String badTime = group("firing", alert("firing", fingerprint(), "\"alertname\":\"X\"", null, "10/03/2025", ZERO_TIME));

    postBytes(ALERTMANAGER, bytes("{\"version\":\"4\",\"alerts\":["), "Authorization", BEARER)
        .assertProblem(400, "MALFORMED_REQUEST_BODY");
    assertThat(fields(postBytes(ALERTMANAGER, bytes(unnamed.replace("\"version\":\"4\"", "\"version\":\"3\"")),
        "Authorization", BEARER).assertProblem(400, "VALIDATION_FAILED"))).containsExactly("version");
    assertThat(fields(postBytes(ALERTMANAGER, bytes("{\"version\":\"4\",\"alerts\":[]}"), "Authorization", BEARER)
        .assertProblem(400, "VALIDATION_FAILED"))).containsExactly("alerts");
    assertThat(fields(postBytes(ALERTMANAGER, bytes(unnamed), "Authorization", BEARER)
        .assertProblem(400, "VALIDATION_FAILED"))).containsExactly("alerts[0].labels.alertname");
    assertThat(fields(postBytes(ALERTMANAGER, bytes(badTime), "Authorization", BEARER)
        .assertProblem(400, "VALIDATION_FAILED"))).containsExactly("alerts[0].startsAt");
    assertThat(fields(postBytes(GENERIC, bytes("{\"id\":\"a\",\"status\":\"burning\"}"), "Authorization", BEARER)
        .assertProblem(400, "VALIDATION_FAILED"))).containsExactly("name", "startsAt", "status");

    assertThat(recordsIn(Topics.MONITORING_ALERTS)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text/plain", "application/json-patch+json", "application/xml",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "(nenhum)"})
  void a_body_that_is_not_declared_json_is_415_and_writes_nothing(String type) {
    String contentType = type.equals("(nenhum)") ? null : type;
    byte[] alertmanager = bytes(group("firing", alert("firing", fingerprint(), "\"alertname\":\"SigefesDown\"",
        "Fora do ar", "2025-03-10T12:00:00Z", ZERO_TIME)));
    byte[] generic = bytes("{\"id\":\"generic-" + UUID.randomUUID() + "\",\"status\":\"firing\",\"name\":\"PingFail\","
        + "\"startsAt\":\"2025-03-10T12:00:00Z\"}");
    long before = recordsIn(Topics.MONITORING_ALERTS);

    postTyped(ALERTMANAGER, contentType, alertmanager, "Authorization", BEARER).assertProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    postTyped(GENERIC, contentType, generic, "Authorization", BEARER).assertProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    // the content type is checked before the token
    postTyped(ALERTMANAGER, contentType, alertmanager).assertProblem(415, "UNSUPPORTED_MEDIA_TYPE");

    assertThat(recordsIn(Topics.MONITORING_ALERTS)).isEqualTo(before);
  }

  @Test
  void json_with_a_charset_is_taken_as_alertmanager_sends_it_without() {
    String fingerprint = fingerprint();
    byte[] body = bytes(group("firing", alert("firing", fingerprint, "\"alertname\":\"SigefesDown\"", "Fora do ar",
        "2025-03-10T12:00:00Z", ZERO_TIME)));
    Map<TopicPartition, Long> before = endOffsets(Topics.MONITORING_ALERTS);

    Response response = postTyped(ALERTMANAGER, "application/json; charset=utf-8", body, "Authorization", BEARER);

    assertThat(response.status()).as(response.body()).isEqualTo(202);
    assertThat(decodeAll(recordsSince(Topics.MONITORING_ALERTS, before))).containsOnlyKeys(fingerprint);
  }

  /** Posts to the Alertmanager webhook, expects 202 and the given number of records, and returns them by key. */
  private Map<String, AlertReceived> post(String body, int expectedRecords) {
    Map<TopicPartition, Long> before = endOffsets(Topics.MONITORING_ALERTS);

    Response response = postBytes(ALERTMANAGER, bytes(body), "Authorization", BEARER);

    assertThat(response.status()).as(response.body()).isEqualTo(202);
    assertThat(response.json().path("records").asInt()).isEqualTo(expectedRecords);
    Map<String, AlertReceived> written = decodeAll(recordsSince(Topics.MONITORING_ALERTS, before));
    assertThat(written).hasSize(expectedRecords);
    return written;
  }

  private static Map<String, AlertReceived> decodeAll(List<ConsumerRecord<String, byte[]>> records) {
    Map<String, AlertReceived> byKey = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      AlertReceived alert = AvroCodec.instance().decode(record.value(), AlertReceived.class);
      assertThat(record.key()).isEqualTo(alert.getFingerprint());
      byKey.put(record.key(), alert);
    }
    return byKey;
  }

  /** Alertmanager 0.25+'s webhook body, with every member it sends. */
  static String group(String status, String... alerts) {
    return """
        {"receiver":"npi007","status":"%s","alerts":[%s],
         "groupLabels":{"alertname":"SigefesDown"},"commonLabels":{"alertname":"SigefesDown"},
         "commonAnnotations":{},"externalURL":"http://alertmanager.prodest.local:9093","version":"4",
         "groupKey":"{}/{severity=\\"critical\\"}:{alertname=\\"SigefesDown\\"}","truncatedAlerts":0}
        """.formatted(status, String.join(",", alerts));
  }

  static String alert(String status, String fingerprint, String labels, String summary, String startsAt, String endsAt) {
    String annotations = summary == null ? "{\"description\":\"sem resumo\"}" : "{\"summary\":\"" + summary + "\"}";
    return """
        {"status":"%s","labels":{%s},"annotations":%s,"startsAt":"%s","endsAt":"%s",
         "generatorURL":"http://prometheus.prodest.local:9090/graph?g0.expr=up%%7Bjob%%3D%%22sigefes%%22%%7D+%%3D%%3D+0&g0.tab=1",
         "fingerprint":"%s"}
        """.formatted(status, labels, annotations, startsAt, endsAt, fingerprint);
  }

  private static String fingerprint() {
    byte[] random = new byte[8];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
