package br.gov.es.prodest.npi007.incident;

import static br.gov.es.prodest.npi007.incident.ForeignRecords.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.MaintenanceLinked;
import br.gov.es.prodest.npi007.avro.incident.ReportAcknowledged;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRef;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Events of the other services through the real topics: 6.1 delivered, maintenance requested, bad bytes. */
class ServiceEventIntakeIntegrationTest extends RunningIncidentService {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");

  @Test
  void a_delivered_6_1_makes_the_reported_incident_await_its_sa_once() {
    String incident = reported(ReportSource.WHATSAPP_GROUP);
    String notification = UUID.randomUUID().toString();
    MessageDelivered delivered = delivered(ref(notification, "6.1", incident), 3, TEN_AM.plusSeconds(30));

    double acknowledgements = accepted("RecordAcknowledgement");
    send(Topics.DELIVERIES, notification, delivered);
    send(Topics.DELIVERIES, notification, delivered);

    await().atMost(PATIENCE).until(() -> eventsOf(incident).size() >= 2);
    assertThat(awaitJson("/internal/incidents/" + incident, found -> found.get("version").asLong() == 2)
        .get("status").asString()).isEqualTo("AWAITING_SA");
    ReportAcknowledged acknowledged = (ReportAcknowledged) eventsOf(incident).get(1);
    assertThat(acknowledged.getNotificationId()).isEqualTo(notification);
    assertThat(acknowledged.getEnvelope().getActor().getUserId()).isEqualTo("notification-service");
    assertThat(acknowledged.getEnvelope().getOrigin()).isEqualTo(Origin.SYSTEM);
    assertThat(acknowledged.getEnvelope().getCommandId()).isEqualTo(UUID.nameUUIDFromBytes(
        ("delivered/" + delivered.getEnvelope().getEventId()).getBytes(StandardCharsets.UTF_8)).toString());
    // both copies were decided (the second as a retry): still one event; nobody waits for their results
    await().atMost(PATIENCE).until(() -> accepted("RecordAcknowledgement") >= acknowledgements + 2);
    assertThat(eventsOf(incident)).hasSize(2);
  }

  @Test
  void a_delivered_6_1_of_a_missing_incident_is_refused_into_the_dead_letters() {
    String missing = UUID.randomUUID().toString();

    send(Topics.DELIVERIES, missing, delivered(ref(UUID.randomUUID().toString(), "6.1", missing), 2, TEN_AM));

    assertThat(awaitDeadLetter(missing)).contains("INCIDENT_NOT_FOUND");
  }

  @Test
  void a_maintenance_requested_for_an_incident_links_it_and_a_second_one_is_refused() {
    String incident = reported(ReportSource.MONITORING);
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();

    send(Topics.MAINTENANCE_EVENTS, first, maintenanceRequested(first, incident, TEN_AM.plusSeconds(60)));
    await().atMost(PATIENCE).until(() -> eventsOf(incident).size() >= 2);
    send(Topics.MAINTENANCE_EVENTS, second, maintenanceRequested(second, incident, TEN_AM.plusSeconds(90)));

    assertThat(awaitDeadLetter(second)).contains("MAINTENANCE_ALREADY_LINKED");
    assertThat(eventsOf(incident)).hasExactlyElementsOfTypes(IncidentReported.class, MaintenanceLinked.class);
    assertThat(((MaintenanceLinked) eventsOf(incident).get(1)).getMaintenanceId()).isEqualTo(first);
    assertThat(awaitJson("/internal/incidents/" + incident, found -> found.get("version").asLong() == 2)
        .get("status").asString()).isEqualTo("MAINTENANCE_SCHEDULED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"npi007.notification.deliveries", "npi007.maintenance.events",
      "npi007.notification.notifications"})
  void undecodable_bytes_are_dead_letters_and_the_next_record_is_still_read(String topicName) {
    TopicSpec topic = Topics.all().stream().filter(spec -> spec.name().equals(topicName)).findFirst().orElseThrow();
    String key = "lixo-" + UUID.randomUUID();
    producer().send(new ProducerRecord<>(topic.name(), key.getBytes(StandardCharsets.UTF_8),
        "isto não é Avro".getBytes(StandardCharsets.UTF_8)));
    producer().flush();

    assertThat(awaitDeadLetter(key)).isNotBlank();
    String incident = reported(ReportSource.WHATSAPP_GROUP);
    if (topic == Topics.DELIVERIES) {
      String notification = UUID.randomUUID().toString();
      send(topic, notification, delivered(ref(notification, "6.1", incident), 2, TEN_AM));
    } else if (topic == Topics.MAINTENANCE_EVENTS) {
      String maintenance = UUID.randomUUID().toString();
      send(topic, maintenance, maintenanceRequested(maintenance, incident, TEN_AM));
    } else {
      return; // the notifications call for no command; the read model tests show they are read
    }
    await().atMost(PATIENCE).until(() -> eventsOf(incident).size() >= 2);
  }

  private String awaitDeadLetter(String keyOrMention) {
    List<ConsumerRecord<byte[], byte[]>> dead = await().atMost(PATIENCE).until(() ->
        topic(Topics.INCIDENT_SERVICE_DEAD_LETTERS).matching(record ->
            new String(record.key(), StandardCharsets.UTF_8).equals(keyOrMention)
                || reasonOf(record).contains(keyOrMention)), found -> !found.isEmpty());
    return reasonOf(dead.get(0));
  }

  private static String reasonOf(ConsumerRecord<byte[], byte[]> record) {
    var reason = record.headers().lastHeader(Topics.DeadLetterHeaders.REASON);
    return reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8);
  }

  /** A new incident (a component of its own, so no other report joins it), once its report is accepted. */
  static String reported(ReportSource source) {
    String incident = UUID.randomUUID().toString();
    ReportIncident report = new ReportIncident(new CommandMetadata(UUID.randomUUID().toString(),
        UUID.randomUUID().toString(), TEN_AM, TEAM, Origin.API, null), incident, "Componente " + incident, "SESA",
        "Fora do ar", source, "Maria", null, null, null, null, null, null);
    send(Topics.INCIDENT_COMMANDS, incident, report);
    assertThat(awaitResults(report.getMetadata().getCommandId(), 1).get(0).getAccepted()).isTrue();
    return incident;
  }
}
