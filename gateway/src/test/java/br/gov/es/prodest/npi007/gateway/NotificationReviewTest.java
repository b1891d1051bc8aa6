package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * ASCOM's review of the outbox (CONTRACTS.md, issue 4): approval, with or without edits, and the
 * manual post, sent as commands to the notification-service over request/reply.
 */
class NotificationReviewTest extends GatewayTestSupport {

  private static final String EDITS = """
      {"text": {"whatsapp": "*PRODEST Informa*\\nTexto revisado", "email": "Texto revisado do e-mail", "sms": "?"},
       "subject": "PRODEST Informa: revisado", "comment": "membros desconhecidos são ignorados"}
      """;

  @Test
  void an_approval_without_a_body_approves_the_message_as_rendered() {
    String id = pendingNotification(1);
    Map<TopicPartition, Long> before = endOffsets(Topics.NOTIFICATION_COMMANDS);

    Response response = send(request("ascom", path(id, "approval")).POST(HttpRequest.BodyPublishers.noBody()));

    assertChanged(response, id, "APPROVED", 2);
    ApproveMessage written = writtenOn(before, id, ApproveMessage.class);
    assertThat(written.getEdits()).isEmpty();
    assertThat(written.getMetadata().getActor().getRole()).isEqualTo(Role.ASCOM);
    assertThat(written.getMetadata().getActor().getUserId()).isEqualTo("ascom");
    assertThat(written.getMetadata().getExpectedVersion()).isNull();
  }

  @Test
  void an_approval_with_an_empty_json_body_approves_as_rendered() {
    String id = pendingNotification(1);

    assertChanged(postJson("admin", path(id, "approval"), "{}"), id, "APPROVED", 2);
    assertChanged(postJson("ascom", path(pendingNotification(4), "approval"), ""), null, "APPROVED", 5);

    assertThat(notificationService.commands(ApproveMessage.class, id).get(0).getEdits()).isEmpty();
  }

  @Test
  void an_approval_with_edits_carries_one_rendition_per_channel_on_the_topic() {
    String id = pendingNotification(1);
    Map<TopicPartition, Long> before = endOffsets(Topics.NOTIFICATION_COMMANDS);

    Response response = postJson("ascom", path(id, "approval"), EDITS);

    assertChanged(response, id, "APPROVED", 2);
    ApproveMessage written = writtenOn(before, id, ApproveMessage.class);
    assertThat(written.getNotificationId()).isEqualTo(id);
    assertThat(written.getEdits()).containsExactly(
        new Rendition(DeliveryChannel.WHATSAPP, null, "*PRODEST Informa*\nTexto revisado", null, List.of()),
        new Rendition(DeliveryChannel.EMAIL, "PRODEST Informa: revisado", "Texto revisado do e-mail", null, List.of()));
  }

  @Test
  void an_edit_of_one_channel_leaves_the_other_as_rendered() {
    String id = pendingNotification(1);
    String longest = "x".repeat(4096);

    assertChanged(postJson("ascom", path(id, "approval"), "{\"text\":{\"whatsapp\":\"" + longest + "\"}}"),
        id, "APPROVED", 2);

    List<Rendition> edits = notificationService.commands(ApproveMessage.class, id).get(0).getEdits();
    assertThat(edits).containsExactly(new Rendition(DeliveryChannel.WHATSAPP, null, longest, null, List.of()));
  }

  @Test
  void marking_a_message_posted_carries_the_note() {
    String id = pendingNotification(2);
    String other = pendingNotification(1);
    Map<TopicPartition, Long> before = endOffsets(Topics.NOTIFICATION_COMMANDS);

    Response response = postJson("ascom", path(id, "posted"), "{\"note\":\"  Publicada no grupo às 14h05 \"}");
    Response withoutBody = send(request("admin", path(other, "posted")).POST(HttpRequest.BodyPublishers.noBody()));

    assertChanged(response, id, "POSTED_MANUALLY", 3);
    assertThat(writtenOn(before, id, MarkMessagePosted.class).getNote()).isEqualTo("Publicada no grupo às 14h05");
    assertChanged(withoutBody, other, "POSTED_MANUALLY", 2);
    assertThat(notificationService.commands(MarkMessagePosted.class, other).get(0).getNote()).isNull();
  }

  @Test
  void refusals_keep_their_reason_code_and_map_to_404_409_and_422() {
    String missing = UUID.randomUUID().toString();
    postJson("ascom", path(missing, "approval"), "{}").assertProblem(404, "NOTIFICATION_NOT_FOUND");
    postJson("ascom", path(missing, "posted"), "{}").assertProblem(404, "NOTIFICATION_NOT_FOUND");

    String approved = pendingNotification(3);
    notificationService.refuse(approved, RejectionKind.CONFLICT, "ALREADY_APPROVED", "A mensagem já foi aprovada.");
    JsonNode conflict = postJson("ascom", path(approved, "approval"), "{}").assertProblem(409, "ALREADY_APPROVED");
    assertThat(conflict.path("detail").asString()).isEqualTo("A mensagem já foi aprovada.");
    assertThat(conflict.path("instance").asString()).isEqualTo(path(approved, "approval"));

    String posted = pendingNotification(3);
    notificationService.refuse(posted, RejectionKind.CONFLICT, "ALREADY_POSTED", "A mensagem já foi publicada.");
    postJson("ascom", path(posted, "posted"), "{}").assertProblem(409, "ALREADY_POSTED");

    String emailOnly = pendingNotification(1);
    notificationService.refuse(emailOnly, RejectionKind.RULE_VIOLATED, "INVALID_EDIT",
        "A mensagem não tem texto para WhatsApp.");
    JsonNode invalid = postJson("ascom", path(emailOnly, "approval"), "{\"text\":{\"whatsapp\":\"Novo\"}}")
        .assertProblem(422, "INVALID_EDIT");
    assertThat(invalid.path("detail").asString()).isEqualTo("A mensagem não tem texto para WhatsApp.");
  }

  @Test
  void no_result_in_time_is_503() {
    String id = pendingNotification(1);
    notificationService.silence(id);

    postJson("ascom", path(id, "approval"), "{}").assertProblem(503, "COMMAND_TIMEOUT");

    assertThat(notificationService.commands(ApproveMessage.class, id)).hasSize(1);
  }

  @Test
  void a_retry_with_the_same_idempotency_key_is_the_same_command_and_another_body_is_422() {
    String id = pendingNotification(1);
    String key = UUID.randomUUID().toString();

    Response first = postJson("ascom", path(id, "approval"), EDITS, "Idempotency-Key", key);
    Response retry = postJson("ascom", path(id, "approval"), EDITS, "Idempotency-Key", key);

    assertChanged(first, id, "APPROVED", 2);
    assertThat(retry.json()).isEqualTo(first.json());
    List<ApproveMessage> sent = notificationService.commands(ApproveMessage.class, id);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getMetadata().getCommandId()).isEqualTo(sent.get(0).getMetadata().getCommandId());
    long before = recordsIn(Topics.NOTIFICATION_COMMANDS);

    postJson("ascom", path(id, "approval"), "{\"text\":{\"whatsapp\":\"Outro texto\"}}", "Idempotency-Key", key)
        .assertProblem(422, "IDEMPOTENCY_KEY_REUSED");
    assertThat(recordsIn(Topics.NOTIFICATION_COMMANDS)).isEqualTo(before);
  }

  @Test
  void posted_without_a_body_and_with_a_blank_note_are_the_same_request() {
    String id = pendingNotification(1);
    String key = UUID.randomUUID().toString();

    Response first = send(request("ascom", path(id, "posted")).header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.noBody()));
    Response retry = postJson("ascom", path(id, "posted"), "{\"note\":\"  \"}", "Idempotency-Key", key);

    assertChanged(first, id, "POSTED_MANUALLY", 2);
    assertThat(retry.json()).isEqualTo(first.json());
  }

  @Test
  void if_match_becomes_the_expected_version_and_a_stale_one_is_409() {
    String id = pendingNotification(4);

    postJson("ascom", path(id, "approval"), "{}", "If-Match", "\"3\"").assertProblem(409, "VERSION_MISMATCH");
    Response current = postJson("ascom", path(id, "approval"), "{}", "If-Match", "\"4\"");

    assertChanged(current, id, "APPROVED", 5);
    List<Long> expected = new ArrayList<>();
    notificationService.commands(ApproveMessage.class, id)
        .forEach(command -> expected.add(command.getMetadata().getExpectedVersion()));
    assertThat(expected).containsExactly(3L, 4L);
  }

  @Test
  void an_if_match_that_is_not_one_quoted_version_is_400_and_writes_nothing() {
    String id = pendingNotification(4);
    long before = recordsIn(Topics.NOTIFICATION_COMMANDS);

    for (String ifMatch : List.of("4", "W/\"4\"", "\"4\", \"5\"", "\"abc\"")) {
      postJson("ascom", path(id, "posted"), "{}", "If-Match", ifMatch).assertProblem(400, "INVALID_IF_MATCH");
    }

    assertThat(recordsIn(Topics.NOTIFICATION_COMMANDS)).isEqualTo(before);
  }

  @Test
  void invalid_bodies_are_400_with_the_fields_and_write_nothing() {
    String id = pendingNotification(1);
    long before = recordsIn(Topics.NOTIFICATION_COMMANDS);

    assertInvalid(approve(id, "{\"text\":{\"whatsapp\":\"  \",\"email\":\"\"}}"), "text.email", "text.whatsapp");
    assertInvalid(approve(id, "{\"text\":{\"whatsapp\":\"" + "x".repeat(4097) + "\"}}"), "text.whatsapp");
    assertInvalid(approve(id, "{\"text\":{\"email\":\"Texto\"},\"subject\":\"" + "s".repeat(201) + "\"}"), "subject");
    assertInvalid(approve(id, "{\"text\":{\"email\":\"Texto\"},\"subject\":\" \"}"), "subject");
    assertInvalid(approve(id, "{\"subject\":\"Assunto sem texto\"}"), "subject");
    assertInvalid(postJson("ascom", path(id, "posted"), "{\"note\":\"" + "n".repeat(4001) + "\"}"), "note");
    approve(id, "{\"text\":").assertProblem(400, "MALFORMED_REQUEST_BODY");
    approve(id, "{\"text\":\"só texto\"}").assertProblem(400, "MALFORMED_REQUEST_BODY");
    postJson("ascom", path(id, "posted"), "[1,").assertProblem(400, "MALFORMED_REQUEST_BODY");

    assertThat(recordsIn(Topics.NOTIFICATION_COMMANDS)).isEqualTo(before);
    assertThat(notificationService.commands(ApproveMessage.class, id)).isEmpty();
  }

  @Test
  void the_outbox_view_sends_its_version_as_etag_and_passes_the_history_through() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/notifications/" + id).willReturn(okJson("""
        {"id":"%s","type":"6.3","title":"PRODEST Informa: Aviso de Indisponibilidade","incidentId":"i-1",
         "maintenanceId":null,"status":"APPROVED","templateVersion":"0123456789ab","causationEventId":"e-1",
         "renderedAt":"2025-03-10T12:00:00Z","subject":null,"text":{"whatsapp":"*Revisado*"},"version":3,
         "history":[
           {"sequence":1,"type":"MessageRendered","occurredAt":"2025-03-10T12:00:00Z",
            "actor":{"userId":"notification-service","role":"SYSTEM","organ":null}},
           {"sequence":2,"type":"MessageEdited","occurredAt":"2025-03-10T12:03:00Z",
            "actor":{"userId":"ascom","role":"ASCOM","organ":null},"details":{"text":{"whatsapp":"*Revisado*"}}},
           {"sequence":3,"type":"MessageApproved","occurredAt":"2025-03-10T12:03:00Z",
            "actor":{"userId":"ascom","role":"ASCOM","organ":null}}]}
        """.formatted(id))));
    String unversioned = UUID.randomUUID().toString();
    services.stubFor(get("/internal/notifications/" + unversioned).willReturn(okJson("""
        {"id":"%s","type":"6.1","status":"PENDING_REVIEW","text":{"whatsapp":"Recebido"}}
        """.formatted(unversioned))));

    Response response = getAs("ascom", "/api/v1/notifications/" + id);
    Response withoutVersion = getAs("team", "/api/v1/notifications/" + unversioned);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).contains("\"3\"");
    assertThat(response.json().path("version").asLong()).isEqualTo(3);
    JsonNode history = response.json().path("history");
    assertThat(history).hasSize(3);
    assertThat(history.get(1).path("type").asString()).isEqualTo("MessageEdited");
    assertThat(history.get(1).path("actor").path("role").asString()).isEqualTo("ASCOM");
    assertThat(history.get(1).path("details").path("text").path("whatsapp").asString()).isEqualTo("*Revisado*");
    assertThat(history.get(2).path("occurredAt").asString()).isEqualTo("2025-03-10T12:03:00Z");
    assertThat(withoutVersion.status()).as(withoutVersion.body()).isEqualTo(200);
    assertThat(withoutVersion.headers().firstValue("ETag")).isEmpty();
  }

  static String path(String id, String command) {
    return "/api/v1/notifications/" + id + "/" + command;
  }

  private String pendingNotification(long version) {
    String id = UUID.randomUUID().toString();
    notificationService.open(id, version, "PENDING_REVIEW");
    return id;
  }

  private Response approve(String id, String body) {
    return postJson("ascom", path(id, "approval"), body);
  }

  /** The one command of the type written on the notification command topic since {@code before}, keyed by the id. */
  private static <T> T writtenOn(Map<TopicPartition, Long> before, String id, Class<T> type) {
    List<T> written = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : recordsSince(Topics.NOTIFICATION_COMMANDS, before)) {
      if (id.equals(record.key())) {
        written.add(type.cast(AvroCodec.instance().decode(record.value())));
      }
    }
    assertThat(written).hasSize(1);
    return written.get(0);
  }

  /** 200 {id, status, version} with the version as ETag; a null id is not checked. */
  private static void assertChanged(Response response, String id, String status, long version) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    if (id != null) {
      assertThat(response.json().path("id").asString()).isEqualTo(id);
    }
    assertThat(response.json().path("status").asString()).isEqualTo(status);
    assertThat(response.json().path("version").asLong()).isEqualTo(version);
    assertThat(response.headers().firstValue("ETag")).contains("\"" + version + "\"");
  }

  private static void assertInvalid(Response response, String... fields) {
    JsonNode problem = response.assertProblem(400, "VALIDATION_FAILED");
    assertThat(fields(problem)).containsExactly(fields);
  }
}
