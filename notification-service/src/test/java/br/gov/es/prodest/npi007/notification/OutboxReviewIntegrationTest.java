package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.IncidentEvents.joined;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.reported;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

/** ASCOM's review on a real broker: commands in, the notification's events, results and outbox out. */
class OutboxReviewIntegrationTest extends ServiceOnRealBroker {

  private static final Actor ASCOM = new Actor("ana.ascom", Role.ASCOM, "PRODEST", null);
  private static final String PORTAL = "Portal do Servidor – Contracheque";
  private static final String EDITED = "Prezados, recebemos o relato e já estamos verificando.";

  @Autowired
  MeterRegistry registry;

  @Test
  void ascomApprovesWithAnEditOrPostsByHandAndAnAutoMessageIsApprovedAsItIsRendered() throws Exception {
    String incidentId = UUID.randomUUID().toString();
    IncidentReported report = reported(incidentId, PORTAL, ReportSource.WHATSAPP_GROUP, at("2025-03-16T10:00:00Z"));
    ReportJoined joined = joined(incidentId, 2, PORTAL, ReportSource.WHATSAPP_GROUP, at("2025-03-16T10:05:00Z"));
    IncidentTriaged unconfirmed = triaged(incidentId, 3, PORTAL, Verdict.NOT_CONFIRMED, null, null,
        at("2025-03-16T10:30:00Z"));
    send(incidentId, report);
    send(incidentId, joined);
    send(incidentId, unconfirmed);
    String approvedId = notificationIdOf(report.getEnvelope(), "6.1");
    String postedId = notificationIdOf(joined.getEnvelope(), "6.1");
    String autoId = notificationIdOf(unconfirmed.getEnvelope(), "6.2");
    await().atMost(PATIENCE).until(() -> json("/internal/notifications?incidentId=" + incidentId).size() == 3);
    assertThat(json("/internal/notifications/" + approvedId).get("status").asString()).isEqualTo("PENDING_REVIEW");

    // an AUTO message: rendered, then approved by the service itself
    await().atMost(PATIENCE).until(() -> events(autoId).size() == 2);
    assertThat(events(autoId).get(1)).isInstanceOfSatisfying(MessageApproved.class, approved -> {
      assertThat(approved.getEnvelope().getSequence()).isEqualTo(2);
      assertThat(approved.getEnvelope().getActor()).isEqualTo(new Actor("notification-service", Role.SYSTEM, null, null));
    });
    await().atMost(PATIENCE).until(() -> json("/internal/notifications/" + autoId).get("status").asString()
        .equals("APPROVED"));

    // approved with an edit of the WhatsApp text, the same command twice
    String approval = UUID.randomUUID().toString();
    ApproveMessage approve = approve(approval, approvedId,
        List.of(new Rendition(DeliveryChannel.WHATSAPP, null, EDITED, null, List.of())));
    command(approvedId, approve, "first-try");
    command(approvedId, approve, "second-try");
    List<ConsumerRecord<String, byte[]>> answers = awaitResults(approval, 2);
    assertThat(answers).extracting(answer -> header(answer, KafkaHeaders.CORRELATION_ID))
        .containsExactly("first-try", "second-try");
    CommandResult first = result(answers.get(0));
    assertThat(first.getAccepted()).isTrue();
    assertThat(first.getStatus()).isEqualTo("APPROVED");
    assertThat(first.getVersion()).isEqualTo(3);
    assertThat(first.getEventIds()).hasSize(2);
    CommandResult retry = result(answers.get(1));
    assertThat(retry.getAccepted()).isTrue();
    assertThat(retry.getVersion()).isEqualTo(3);
    assertThat(retry.getEventIds()).isEmpty();
    assertThat(events(approvedId)).extracting(event -> event.getSchema().getName())
        .containsExactly("MessageRendered", "MessageEdited", "MessageApproved");

    await().atMost(PATIENCE).until(() -> json("/internal/notifications/" + approvedId).get("version").asLong() == 3);
    JsonNode shown = json("/internal/notifications/" + approvedId);
    assertThat(shown.get("status").asString()).isEqualTo("APPROVED");
    assertThat(shown.get("text").get("whatsapp").asString()).isEqualTo(EDITED);
    JsonNode history = shown.get("history");
    assertThat(history).extracting(entry -> entry.get("type").asString())
        .containsExactly("MessageRendered", "MessageEdited", "MessageApproved");
    assertThat(history.get(0).get("details").get("text").get("whatsapp").asString()).isEqualTo(NormTexts.ACKNOWLEDGEMENT);
    assertThat(history.get(2).get("actor").get("userId").asString()).isEqualTo("ana.ascom");
    assertThat(history.get(2).get("actor").get("role").asString()).isEqualTo("ASCOM");
    assertThat(json("/internal/notifications?incidentId=" + incidentId + "&status=APPROVED"))
        .extracting(entry -> entry.get("id").asString()).containsExactlyInAnyOrder(approvedId, autoId);

    // approved twice
    String again = UUID.randomUUID().toString();
    command(approvedId, approve(again, approvedId, List.of()), "again");
    assertRejected(awaitResults(again, 1).get(0), RejectionKind.CONFLICT, "ALREADY_APPROVED");

    // another one posted by hand
    String posting = UUID.randomUUID().toString();
    command(postedId, new MarkMessagePosted(metadata(posting), postedId, "no grupo TI ES"), "posting");
    CommandResult posted = result(awaitResults(posting, 1).get(0));
    assertThat(posted.getAccepted()).isTrue();
    assertThat(posted.getStatus()).isEqualTo("POSTED_MANUALLY");
    assertThat(posted.getVersion()).isEqualTo(2);
    await().atMost(PATIENCE).until(() -> json("/internal/notifications?incidentId=" + incidentId
        + "&status=POSTED_MANUALLY").size() == 1);

    // an unknown notification
    String unknownId = UUID.randomUUID().toString();
    String lost = UUID.randomUUID().toString();
    command(unknownId, approve(lost, unknownId, List.of()), "lost");
    ConsumerRecord<String, byte[]> notFound = awaitResults(lost, 1).get(0);
    assertRejected(notFound, RejectionKind.NOT_FOUND, "NOTIFICATION_NOT_FOUND");
    assertThat(result(notFound).getVersion()).isZero();
    assertThat(result(notFound).getStatus()).isNull();
  }

  /**
   * The pending gauge follows a 6.1 through ASCOM's review (awaiting review, approved, posted by hand:
   * no longer pending), and the post by hand is the report's acknowledgement (read as changes: the
   * context is shared by this class's tests).
   */
  @Test
  void theOutboxPendingGaugeFollowsTheReview_andAPostByHandAcknowledgesTheReport() {
    Meters meters = new Meters(registry);
    double review = pending(meters, "PENDING_REVIEW");
    double approved = pending(meters, "APPROVED");
    double rendered = meters.count("npi007.messages.rendered", "message", "6.1");
    double posted = meters.count("npi007.deliveries", "channel", "whatsapp", "provider", "manual",
        "outcome", "posted_manually");
    long acknowledged = meters.timed("npi007.report.to.acknowledgement");
    String incidentId = UUID.randomUUID().toString();
    IncidentReported report = reported(incidentId, PORTAL, ReportSource.WHATSAPP_GROUP, Instant.now());
    String notificationId = notificationIdOf(report.getEnvelope(), "6.1");

    send(incidentId, report);
    await().atMost(PATIENCE).until(() -> pending(meters, "PENDING_REVIEW") == review + 1);
    assertThat(meters.count("npi007.messages.rendered", "message", "6.1") - rendered).isEqualTo(1);

    String approval = UUID.randomUUID().toString();
    command(notificationId, approve(approval, notificationId, List.of()), "approval");
    await().atMost(PATIENCE).until(() -> pending(meters, "PENDING_REVIEW") == review
        && pending(meters, "APPROVED") == approved + 1);

    String posting = UUID.randomUUID().toString();
    command(notificationId, new MarkMessagePosted(metadata(posting), notificationId, "no grupo TI ES"), "posting");
    await().atMost(PATIENCE).until(() -> pending(meters, "APPROVED") == approved);
    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(meters.count("npi007.deliveries", "channel", "whatsapp", "provider", "manual",
          "outcome", "posted_manually") - posted).isEqualTo(1);
      assertThat(meters.timed("npi007.report.to.acknowledgement") - acknowledged).isEqualTo(1);
    });
    assertThat(pending(meters, "PENDING_REVIEW")).isEqualTo(review);
    assertThat(meters.count("npi007.messages.rendered", "message", "6.1") - rendered).isEqualTo(1);
  }

  private static double pending(Meters meters, String status) {
    return meters.gauge("npi007.outbox.pending", "status", status);
  }

  private static void assertRejected(ConsumerRecord<String, byte[]> answer, RejectionKind kind, String code) {
    CommandResult result = result(answer);
    assertThat(result.getAccepted()).isFalse();
    assertThat(result.getRejectionKind()).isEqualTo(kind);
    assertThat(result.getRejectionCode()).isEqualTo(code);
    assertThat(result.getRejectionDetail()).isNotBlank();
    assertThat(result.getEventIds()).isEmpty();
  }

  private static ApproveMessage approve(String commandId, String notificationId, List<Rendition> edits) {
    return new ApproveMessage(metadata(commandId), notificationId, edits);
  }

  private static CommandMetadata metadata(String commandId) {
    return new CommandMetadata(commandId, UUID.randomUUID().toString(), Instant.parse("2025-03-16T11:00:00Z"), ASCOM,
        Origin.API, null);
  }

  /** A command as the gateway's ReplyingKafkaTemplate sends it, with its correlation header. */
  private static void command(String notificationId, SpecificRecord command, String correlation) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.NOTIFICATION_COMMANDS.name(), notificationId,
        CODEC.encode(command));
    record.headers().add(KafkaHeaders.CORRELATION_ID, correlation.getBytes(StandardCharsets.UTF_8));
    send(record);
  }

  private static List<ConsumerRecord<String, byte[]>> awaitResults(String commandId, int count) {
    return await().atMost(PATIENCE).until(() -> Outputs.read(Topics.NOTIFICATION_COMMAND_RESULTS.name()).stream()
        .filter(record -> result(record).getCommandId().equals(commandId)).toList(), found -> found.size() == count);
  }

  private static List<SpecificRecord> events(String notificationId) {
    return rendered(notificationId).stream().map(record -> CODEC.decode(record.value())).toList();
  }

  private static CommandResult result(ConsumerRecord<String, byte[]> record) {
    return CODEC.decode(record.value(), CommandResult.class);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
