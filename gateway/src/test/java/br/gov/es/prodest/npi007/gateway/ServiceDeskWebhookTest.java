package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.incident.ServiceRequestState;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The service desk's webhook: HMAC-SHA256 of the raw body, one ServiceRequestEvent per call. */
class ServiceDeskWebhookTest extends GatewayTestSupport {

  private static final String PATH = "/webhooks/service-desk";

  @Test
  void a_signed_event_is_written_keyed_by_sa_number_and_answered_202() {
    String saNumber = "SA-" + UUID.randomUUID();
    String incidentId = UUID.randomUUID().toString();
    // the signature covers the bytes as sent: spacing, field order and non-ASCII text included
    byte[] body = ("{ \"eventId\": \"ev-1\",  \"saNumber\": \"" + saNumber + "\", \"state\": \"OPENED\", \"organ\": \"SESA\","
        + " \"summary\": \"Portal da Saúde não abre\", \"incidentId\": \"" + incidentId + "\","
        + " \"occurredAt\": \"2025-03-10T09:00:00-03:00\", \"extra\": {\"ignored\": true} }").getBytes(StandardCharsets.UTF_8);
    Map<TopicPartition, Long> before = endOffsets(Topics.SERVICE_DESK_EVENTS);

    Response response = postBytes(PATH, body, "X-Npi007-Signature", signature(body));

    assertThat(response.status()).as(response.body()).isEqualTo(202);
    assertThat(response.json().path("records").asInt()).isEqualTo(1);
    List<ConsumerRecord<String, byte[]>> written = recordsSince(Topics.SERVICE_DESK_EVENTS, before);
    assertThat(written).hasSize(1);
    assertThat(written.get(0).key()).isEqualTo(saNumber);
    ServiceRequestEvent event = AvroCodec.instance().decode(written.get(0).value(), ServiceRequestEvent.class);
    assertThat(event.getEventId()).isEqualTo("ev-1");
    assertThat(event.getState()).isEqualTo(ServiceRequestState.OPENED);
    assertThat(event.getOrgan()).isEqualTo("SESA");
    assertThat(event.getSummary()).isEqualTo("Portal da Saúde não abre");
    assertThat(event.getIncidentId()).isEqualTo(incidentId);
    assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2025-03-10T12:00:00Z"));
    assertThat(event.getReceivedAt()).isAfter(Instant.now().minusSeconds(60));
  }

  @Test
  void an_update_without_incident_is_written_too() {
    String saNumber = "SA-" + UUID.randomUUID();
    byte[] body = event(saNumber, "RESOLVED", "SEDU");
    Map<TopicPartition, Long> before = endOffsets(Topics.SERVICE_DESK_EVENTS);

    assertThat(postBytes(PATH, body, "X-Npi007-Signature", signature(body)).status()).isEqualTo(202);

    ServiceRequestEvent event = AvroCodec.instance().decode(
        recordsSince(Topics.SERVICE_DESK_EVENTS, before).get(0).value(), ServiceRequestEvent.class);
    assertThat(event.getState()).isEqualTo(ServiceRequestState.RESOLVED);
    assertThat(event.getIncidentId()).isNull();
    assertThat(event.getSummary()).isNull();
  }

  @Test
  void a_missing_or_wrong_signature_is_401_and_writes_nothing() {
    byte[] body = event("SA-" + UUID.randomUUID(), "OPENED", "SESA");
    byte[] other = event("SA-" + UUID.randomUUID(), "OPENED", "SESA");
    long before = recordsIn(Topics.SERVICE_DESK_EVENTS);
    String basic = "Basic " + Base64.getEncoder().encodeToString(("integration:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    postBytes(PATH, body).assertProblem(401, "UNAUTHENTICATED");
    postBytes(PATH, body, "X-Npi007-Signature", signature(other)).assertProblem(401, "UNAUTHENTICATED");
    postBytes(PATH, body, "X-Npi007-Signature", "sha256=zz").assertProblem(401, "UNAUTHENTICATED");
    postBytes(PATH, body, "X-Npi007-Signature", signature(body).substring("sha256=".length()))
        .assertProblem(401, "UNAUTHENTICATED");
    postBytes(PATH, body, "Authorization", basic).assertProblem(401, "UNAUTHENTICATED");
    postBytes(PATH, "{nem json".getBytes(StandardCharsets.UTF_8)).assertProblem(401, "UNAUTHENTICATED");

    assertThat(recordsIn(Topics.SERVICE_DESK_EVENTS)).isEqualTo(before);
  }

  @Test
  void a_malformed_or_invalid_signed_body_is_400_and_writes_nothing() {
    long before = recordsIn(Topics.SERVICE_DESK_EVENTS);
    byte[] malformed = "{\"eventId\": \"ev-1\",".getBytes(StandardCharsets.UTF_8);
    byte[] invalid = ("{\"eventId\":\"ev-2\",\"saNumber\":\"SA-1\",\"state\":\"REOPENED\",\"organ\":\"XPTO\","
        + "\"occurredAt\":\"ontem\"}").getBytes(StandardCharsets.UTF_8);
    byte[] empty = new byte[0];

    postBytes(PATH, malformed, "X-Npi007-Signature", signature(malformed)).assertProblem(400, "MALFORMED_REQUEST_BODY");
    postBytes(PATH, empty, "X-Npi007-Signature", signature(empty)).assertProblem(400, "MALFORMED_REQUEST_BODY");
    JsonNode problem = postBytes(PATH, invalid, "X-Npi007-Signature", signature(invalid))
        .assertProblem(400, "VALIDATION_FAILED");

    assertThat(fields(problem)).containsExactly("occurredAt", "organ", "state");
    assertThat(recordsIn(Topics.SERVICE_DESK_EVENTS)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text/plain", "application/json-patch+json", "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x", "(nenhum)"})
  void a_signed_body_that_is_not_declared_json_is_415_and_writes_nothing(String type) {
    String contentType = type.equals("(nenhum)") ? null : type;
    byte[] body = event("SA-" + UUID.randomUUID(), "OPENED", "SESA");
    long before = recordsIn(Topics.SERVICE_DESK_EVENTS);

    postTyped(PATH, contentType, body, "X-Npi007-Signature", signature(body)).assertProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    // the content type is checked before the signature
    postTyped(PATH, contentType, body).assertProblem(415, "UNSUPPORTED_MEDIA_TYPE");

    assertThat(recordsIn(Topics.SERVICE_DESK_EVENTS)).isEqualTo(before);
  }

  @Test
  void json_with_a_charset_parameter_is_taken() {
    String saNumber = "SA-" + UUID.randomUUID();
    byte[] body = event(saNumber, "OPENED", "SESA");
    Map<TopicPartition, Long> before = endOffsets(Topics.SERVICE_DESK_EVENTS);

    Response response = postTyped(PATH, "application/json;charset=UTF-8", body, "X-Npi007-Signature", signature(body));

    assertThat(response.status()).as(response.body()).isEqualTo(202);
    assertThat(recordsSince(Topics.SERVICE_DESK_EVENTS, before)).extracting(ConsumerRecord::key).containsExactly(saNumber);
  }

  static byte[] event(String saNumber, String state, String organ) {
    return JSON.writeValueAsBytes(Map.of("eventId", UUID.randomUUID().toString(), "saNumber", saNumber, "state", state,
        "organ", organ, "occurredAt", "2025-03-10T12:00:00Z"));
  }

  static String signature(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SERVICE_DESK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
