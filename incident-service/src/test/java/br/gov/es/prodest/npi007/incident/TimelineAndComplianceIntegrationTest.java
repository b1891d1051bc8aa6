package br.gov.es.prodest.npi007.incident;

import static br.gov.es.prodest.npi007.incident.ForeignRecords.*;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.notification.MessageRef;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The timeline and the compliance view follow the notifications and deliveries topics. */
class TimelineAndComplianceIntegrationTest extends RunningIncidentService {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");

  @Test
  void a_6_1_rendered_retried_and_delivered_shows_on_the_timeline_and_makes_the_incident_compliant() {
    String incident = ServiceEventIntakeIntegrationTest.reported(ReportSource.WHATSAPP_GROUP);
    String notification = UUID.randomUUID().toString();
    MessageRef ref = ref(notification, "6.1", incident);
    Instant reportedAt = TEN_AM;

    // the deliveries may be read before the rendering: the timeline does not depend on it
    send(Topics.DELIVERIES, notification, started(ref, 1, 1, reportedAt.plusSeconds(20)));
    send(Topics.DELIVERIES, notification, failed(ref, 2, 1, reportedAt.plusSeconds(21)));
    send(Topics.DELIVERIES, notification, started(ref, 3, 2, reportedAt.plusSeconds(25)));
    send(Topics.DELIVERIES, notification, succeeded(ref, 4, 2, reportedAt.plusSeconds(26)));
    send(Topics.NOTIFICATIONS, notification, rendered(notification, "6.1", incident, reportedAt));
    send(Topics.NOTIFICATIONS, notification, approved(notification, reportedAt.plusSeconds(10)));
    String traceId = UUID.randomUUID().toString().replace("-", "");
    sendTraced(Topics.DELIVERIES, notification, delivered(ref, 5, reportedAt.plusSeconds(27)),
        "00-" + traceId + "-00f067aa0ba902b7-01");

    JsonNode timeline = awaitJson("/internal/incidents/" + incident + "/timeline", found -> found.size() == 9);
    assertThat(field(timeline, "type")).containsExactly("IncidentReported", "MessageRendered", "MessageApproved",
        "DeliveryStarted", "DeliveryFailed", "DeliveryStarted", "DeliverySucceeded", "MessageDelivered",
        "ReportAcknowledged");
    assertThat(field(timeline, "kind")).containsExactly("event", "message", "message", "delivery", "delivery",
        "delivery", "delivery", "delivery", "event");
    assertThat(timeline.get(0).get("sequence").asLong()).isEqualTo(1);
    assertThat(timeline.get(2).get("sequence").isNull()).isTrue();
    assertThat(timeline.get(2).get("messageId").asString()).isEqualTo("6.1");
    assertThat(timeline.get(2).get("actor").get("role").asString()).isEqualTo("ASCOM");
    assertThat(timeline.get(4).get("details").get("reason").asString()).contains("503");
    assertThat(timeline.get(8).get("notificationId").asString()).isEqualTo(notification);
    // each entry carries the trace of its own record; one sent without a traceparent has none
    assertThat(timeline.get(7).get("traceId").asString()).isEqualTo(traceId);
    assertThat(timeline.get(1).get("traceId").isNull()).isTrue();
    assertThat(awaitJson("/internal/incidents/" + incident + "/timeline?kind=event", found -> found.size() == 2)
        .get(1).get("type").asString()).isEqualTo("ReportAcknowledged");

    JsonNode compliance = awaitJson("/internal/incidents/" + incident + "/compliance",
        found -> found.get("missing").isEmpty());
    assertThat(compliance.get("status").asString()).isEqualTo("AWAITING_SA");
    assertThat(compliance.get("required").get(0).get("messageId").asString()).isEqualTo("6.1");
    JsonNode message = compliance.get("messages").get(0);
    assertThat(message.get("status").asString()).isEqualTo("DELIVERED");
    assertThat(message.get("deliveredAt").asString()).isEqualTo(reportedAt.plusSeconds(27).toString());
    assertThat(compliance.get("timings").get("reportToAcknowledgementSeconds").asLong()).isEqualTo(27);
    assertThat(compliance.get("timings").get("reportToTriageSeconds").isNull()).isTrue();
  }

  @Test
  void an_incident_whose_6_1_was_never_delivered_is_listed_as_missing_it() {
    String incident = ServiceEventIntakeIntegrationTest.reported(ReportSource.WHATSAPP_GROUP);
    String detected = ServiceEventIntakeIntegrationTest.reported(ReportSource.MONITORING);

    JsonNode missing = awaitJson("/internal/compliance?limit=500&missing=true", found -> ids(found).contains(incident));
    assertThat(ids(missing)).doesNotContain(detected);
    JsonNode compliant = awaitJson("/internal/compliance?limit=500&missing=false", found -> ids(found).contains(detected));
    assertThat(ids(compliant)).doesNotContain(incident);
    JsonNode report = awaitJson("/internal/incidents/" + incident + "/compliance", found -> true);
    assertThat(report.get("missing").get(0).asString()).isEqualTo("6.1");
    // reported on 2025-03-10: long past the 15 minutes 6.1 had (issue 14's deadlines)
    Instant dueAt = Instant.parse(report.get("reportedAt").asString()).plus(Duration.ofMinutes(15));
    assertThat(report.get("required").get(0).get("dueAt").asString()).isEqualTo(dueAt.toString());
    JsonNode overdue = report.get("overdue").get(0);
    assertThat(overdue.get("messageId").asString()).isEqualTo("6.1");
    assertThat(overdue.get("dueAt").asString()).isEqualTo(dueAt.toString());
    assertThat(overdue.get("lateSeconds").asLong()).isGreaterThan(Duration.ofDays(365).toSeconds());
    assertThat(report.get("pending")).isEmpty();
    assertThat(get("/internal/incidents/" + UUID.randomUUID() + "/compliance").statusCode()).isEqualTo(404);
  }

  @Test
  void a_period_lists_only_the_incidents_reported_in_it_and_a_bad_one_is_a_problem_document() {
    String incident = ServiceEventIntakeIntegrationTest.reported(ReportSource.WHATSAPP_GROUP);

    JsonNode thatDay = awaitJson("/internal/compliance?limit=500&missing=true"
        + "&from=2025-03-10T00:00:00Z&until=2025-03-11T00:00:00Z", found -> ids(found).contains(incident));
    assertThat(thatDay).allSatisfy(report -> assertThat(report.get("reportedAt").asString()).startsWith("2025-03-10"));
    assertThat(ids(awaitJson("/internal/compliance?limit=500&until=2025-03-10T00:00:00Z", found -> true)))
        .doesNotContain(incident);
    var bad = get("/internal/compliance?from=ontem");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(bad.body()).get("code").asString()).isEqualTo("INVALID_PERIOD");
  }

  private static void sendTraced(TopicSpec topic, String key, SpecificRecord value, String traceparent) {
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic.name(), key.getBytes(StandardCharsets.UTF_8),
        CODEC.encode(value));
    record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
    producer().send(record);
    producer().flush();
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(name).asString()));
    return values;
  }

  private static List<String> ids(JsonNode array) {
    return field(array, "incidentId");
  }
}
