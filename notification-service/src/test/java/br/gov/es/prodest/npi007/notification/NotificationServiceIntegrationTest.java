package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.IncidentEvents.nameUuid;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The service on a real broker: incident events in, the norm's 6.1 out, in the outbox and its API. */
class NotificationServiceIntegrationTest extends ServiceOnRealBroker {

  @Test
  void aClientsReportIsAcknowledgedWith_6_1_onceEvenWhenTheEventComesTwice() throws Exception {
    String incidentId = UUID.randomUUID().toString();
    IncidentReported report = reported(incidentId, "Portal do Servidor – Contracheque", ReportSource.WHATSAPP_GROUP,
        Instant.parse("2025-03-15T02:30:00Z"));
    send(incidentId, CODEC.encode(report));
    send(incidentId, CODEC.encode(report));
    IncidentReported later = reported(incidentId, "Portal do Servidor", ReportSource.WHATSAPP_GROUP,
        Instant.parse("2025-03-15T03:00:00Z"));
    send(incidentId, CODEC.encode(later));

    String notificationId = notificationIdOf(report);
    // the same partition, in order: once the later event's message is rendered, the duplicate was processed
    // (rendered messages are deduplicated before they go on to their notification's partition)
    await().atMost(PATIENCE).until(() -> !rendered(notificationIdOf(later)).isEmpty()
        && !rendered(notificationId).isEmpty());
    List<ConsumerRecord<String, byte[]>> records = rendered(notificationId);
    assertThat(records).hasSize(1);
    MessageRendered message = CODEC.decode(records.get(0).value(), MessageRendered.class);
    assertThat(message.getNotificationId()).isEqualTo(notificationId);
    assertThat(message.getMessageId()).isEqualTo("6.1");
    assertThat(message.getIncidentId()).isEqualTo(incidentId);
    assertThat(message.getCausationEventId()).isEqualTo(report.getEnvelope().getEventId());
    assertThat(message.getTitle()).isNull();
    assertThat(message.getReviewRequired()).isTrue();
    assertThat(message.getTemplateVersion()).hasSize(12);
    EventEnvelope envelope = message.getEnvelope();
    assertThat(envelope.getEventId()).isEqualTo(nameUuid(notificationId + "/rendered"));
    assertThat(envelope.getAggregateId()).isEqualTo(notificationId);
    assertThat(envelope.getOccurredAt()).isEqualTo(report.getEnvelope().getOccurredAt());
    assertThat(envelope.getActor()).isEqualTo(new Actor("notification-service", Role.SYSTEM, null, null));
    assertThat(envelope.getOrigin()).isEqualTo(Origin.SYSTEM);
    assertThat(envelope.getCommandId()).isEqualTo(report.getEnvelope().getCommandId());
    assertThat(envelope.getCorrelationId()).isEqualTo(report.getEnvelope().getCorrelationId());
    assertThat(message.getRenditions()).singleElement().satisfies(rendition -> {
      assertThat(rendition.getChannel()).isEqualTo(DeliveryChannel.WHATSAPP);
      assertThat(rendition.getText()).isEqualTo(NormTexts.ACKNOWLEDGEMENT);
    });

    await().atMost(PATIENCE).until(() -> json("/internal/notifications?incidentId=" + incidentId).size() == 2);
    JsonNode listed = json("/internal/notifications?incidentId=" + incidentId).get(0);
    assertThat(listed.get("id").asString()).isEqualTo(notificationId);
    assertThat(listed.get("type").asString()).isEqualTo("6.1");
    assertThat(listed.get("title").isNull()).isTrue();
    assertThat(listed.get("status").asString()).isEqualTo("PENDING_REVIEW");
    assertThat(listed.get("renderedAt").asString()).isEqualTo("2025-03-15T02:30:00Z");
    assertThat(listed.get("subject").isNull()).isTrue();
    assertThat(listed.get("text").get("whatsapp").asString()).isEqualTo(NormTexts.ACKNOWLEDGEMENT);
    assertThat(listed.get("text").has("email")).isFalse();
    assertThat(json("/internal/notifications/" + notificationId).get("causationEventId").asString())
        .isEqualTo(report.getEnvelope().getEventId());
  }

  @Test
  void anIncidentDetectedByMonitoringCallsForNoMessage() {
    String incidentId = UUID.randomUUID().toString();
    IncidentReported detected = reported(incidentId, "Banco de dados", ReportSource.MONITORING, Instant.now());
    IncidentReported sentinel = reported(incidentId, "Banco de dados", ReportSource.WHATSAPP_GROUP, Instant.now());
    send(incidentId, CODEC.encode(detected));
    send(incidentId, CODEC.encode(sentinel));

    await().atMost(PATIENCE).until(() -> !rendered(notificationIdOf(sentinel)).isEmpty());
    assertThat(Outputs.read(Topics.NOTIFICATIONS.name())).map(record -> CODEC.decode(record.value()))
        .filteredOn(MessageRendered.class::isInstance).map(MessageRendered.class::cast)
        .noneMatch(message -> message.getCausationEventId().equals(detected.getEnvelope().getEventId()));
  }

  @Test
  void undecodableBytesGoToTheDeadLetterTopicAndProcessingGoesOn() {
    String key = "garbage-" + UUID.randomUUID();
    send(key, "isto não é Avro".getBytes(StandardCharsets.UTF_8));
    IncidentReported after = reported(key, "SEP", ReportSource.WHATSAPP_GROUP, Instant.now());
    send(key, CODEC.encode(after));

    await().atMost(PATIENCE).until(() -> Outputs.read(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name()).stream()
        .anyMatch(record -> key.equals(record.key())));
    ConsumerRecord<String, byte[]> dead = Outputs.read(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name()).stream()
        .filter(record -> key.equals(record.key())).findFirst().orElseThrow();
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("isto não é Avro");
    assertThat(header(dead, Topics.DeadLetterHeaders.REASON)).contains("Avro");
    assertThat(header(dead, Topics.DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.INCIDENT_EVENTS.name());
    assertThat(header(dead, Topics.DeadLetterHeaders.SOURCE_PARTITION)).isNotBlank();
    assertThat(header(dead, Topics.DeadLetterHeaders.SOURCE_OFFSET)).isNotBlank();
    await().atMost(PATIENCE).until(() -> !rendered(notificationIdOf(after)).isEmpty());
  }

  @Test
  void aValidRecordThatDoesNotTravelOnTheIncidentEventsIsADeadLetterToo() {
    String key = "wrong-type-" + UUID.randomUUID();
    // a command result is a record of the catalogue, but never an incident event
    send(key, CODEC.encode(br.gov.es.prodest.npi007.avro.command.CommandResult.newBuilder()
        .setCommandId(key).setAggregateId(key).setAccepted(true).setVersion(1).build()));

    await().atMost(PATIENCE).until(() -> Outputs.read(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name()).stream()
        .anyMatch(record -> key.equals(record.key())));
    ConsumerRecord<String, byte[]> dead = Outputs.read(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name()).stream()
        .filter(record -> key.equals(record.key())).findFirst().orElseThrow();
    assertThat(header(dead, Topics.DeadLetterHeaders.REASON))
        .isEqualTo("registro CommandResult não pertence ao tópico " + Topics.INCIDENT_EVENTS.name());
  }

  @Test
  void anUnknownNotificationIsAProblem() throws Exception {
    HttpResponse<String> response = get("/internal/notifications/" + UUID.randomUUID());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("não encontrada");
  }

  private static String notificationIdOf(IncidentReported report) {
    return IncidentEvents.notificationIdOf(report.getEnvelope(), "6.1");
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
