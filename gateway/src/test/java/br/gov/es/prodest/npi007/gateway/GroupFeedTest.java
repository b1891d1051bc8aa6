package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDismissed;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The group feed's doors (issue 14): TEAM and ASCOM read it from the incident-service (WireMock
 * here) and act on a pending post: a report built from the post and the member directory, a
 * dismissal next to the post on its topic; a post already handled is 409, a stranger's role 403.
 */
class GroupFeedTest extends GatewayTestSupport {

  private static final Instant POSTED_AT = Instant.parse("2026-12-05T13:02:00Z");

  @Test
  void a_pending_report_becomes_a_report_of_the_members_organ_with_the_post_as_evidence() {
    String postId = pending("PENDING_REPORT", "O SIGEFES não abre desde as 8h");

    Response created = postJson("team", "/api/v1/group-posts/" + postId + "/incident", "{\"component\": \"Sistema SIGEFES\"}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    ReportIncident report = await().atMost(Duration.ofSeconds(10)).until(() -> incidentService.received().stream()
        .filter(sent -> postId.equals(sent.getPostId())).findFirst(), java.util.Optional::isPresent).orElseThrow();
    assertThat(report.getIncidentId()).isEqualTo(created.json().path("id").asString());
    assertThat(report.getComponent()).isEqualTo("Sistema SIGEFES");
    assertThat(report.getOrgan()).isEqualTo("SESA");
    assertThat(report.getDescription()).isEqualTo("O SIGEFES não abre desde as 8h");
    assertThat(report.getSource()).isEqualTo(ReportSource.WHATSAPP_GROUP);
    assertThat(report.getReportedBy()).isEqualTo("Maria Souza");
    assertThat(report.getPostedAt()).isEqualTo(POSTED_AT);
    assertThat(report.getPostText()).isEqualTo("O SIGEFES não abre desde as 8h");
    assertThat(report.getPostedBy()).isEqualTo("Maria Souza");
    assertThat(report.getMetadata().getActor().getUserId()).isEqualTo("team");
    assertThat(report.getMetadata().getOrigin()).isEqualTo(Origin.API);
  }

  @Test
  void a_dismissal_is_written_next_to_the_post_and_a_handled_post_is_409() {
    String postId = pending("PENDING_REPORT", "Obrigada!");
    Map<TopicPartition, Long> before = endOffsets(Topics.GROUP_POSTS);

    Response dismissed = postJson("ascom", "/api/v1/group-posts/" + postId + "/dismissal", "{\"reason\": \"Agradecimento\"}");

    assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(202);
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.GROUP_POSTS, before).stream()
        .filter(record -> postId.equals(record.key())).toList();
    assertThat(records).hasSize(1);
    GroupPostDismissed dismissal = AvroCodec.instance().decode(records.get(0).value(), GroupPostDismissed.class);
    assertThat(dismissal.getReason()).isEqualTo("Agradecimento");
    assertThat(dismissal.getActor().getRole()).isEqualTo(Role.ASCOM);

    String handled = pending("LED_TO_INCIDENT", "SA 123456");
    postJson("team", "/api/v1/group-posts/" + handled + "/incident", "{\"component\": \"SIGEFES\"}")
        .assertProblem(409, "GROUP_POST_NOT_PENDING");
    postJson("team", "/api/v1/group-posts/" + handled + "/dismissal", "{\"reason\": \"x\"}")
        .assertProblem(409, "GROUP_POST_NOT_PENDING");
    postJson("team", "/api/v1/group-posts/" + postId + "/service-request", "{\"incidentId\": \"i\"}")
        .assertProblem(409, "GROUP_POST_NOT_PENDING");
  }

  @Test
  void two_different_decisions_on_one_post_at_once_are_one_incident_and_a_409_and_a_refused_one_frees_the_post() {
    // the feed still shows the post pending, as it does within its lag
    String postId = pending("PENDING_REPORT", "O SIGEFES não abre desde as 8h");

    Response first = postJson("team", "/api/v1/group-posts/" + postId + "/incident", "{\"component\": \"Sistema SIGEFES\"}");
    Response other = postJson("ascom", "/api/v1/group-posts/" + postId + "/incident", "{\"component\": \"Rede\"}");
    Response dismissal = postJson("ascom", "/api/v1/group-posts/" + postId + "/dismissal", "{\"reason\": \"x\"}");
    Response again = postJson("team", "/api/v1/group-posts/" + postId + "/incident", "{\"component\": \" sistema sigefes \"}");

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    other.assertProblem(409, "GROUP_POST_NOT_PENDING");
    dismissal.assertProblem(409, "GROUP_POST_NOT_PENDING");
    assertThat(again.status()).as("the same decision again is a retry").isEqualTo(201);
    assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
    assertThat(incidentService.received()).filteredOn(sent -> postId.equals(sent.getPostId()))
        .extracting(ReportIncident::getComponent).containsOnly("Sistema SIGEFES", "sistema sigefes");

    String saPost = "wamid." + UUID.randomUUID();
    services.stubFor(get(urlPathEqualTo("/internal/group-posts/" + saPost)).willReturn(okJson(
        post(saPost, "PENDING_SA", "SA 123456").replace("\"saNumber\": null", "\"saNumber\": \"123456\""))));
    String chosen = UUID.randomUUID().toString();
    incidentService.open(chosen, 2, "AWAITING_SA");
    postJson("team", "/api/v1/group-posts/" + saPost + "/service-request", "{\"incidentId\": \"não-existe\"}")
        .assertProblem(404, "INCIDENT_NOT_FOUND");
    assertThat(postJson("team", "/api/v1/group-posts/" + saPost + "/service-request", "{\"incidentId\": \"" + chosen + "\"}")
        .status()).as("a refused decision leaves the post to another").isEqualTo(200);
  }

  @Test
  void unknown_posts_bad_bodies_and_other_roles_are_refused() {
    String missing = "wamid.nao-existe-" + UUID.randomUUID();
    services.stubFor(get(urlPathEqualTo("/internal/group-posts/" + missing)).willReturn(notFound()));
    getAs("team", "/api/v1/group-posts/" + missing).assertProblem(404, "GROUP_POST_NOT_FOUND");
    String postId = pending("PENDING_REPORT", "Caiu");
    postJson("team", "/api/v1/group-posts/" + postId + "/incident", "{\"component\": \" \"}")
        .assertProblem(400, "VALIDATION_FAILED");
    for (String user : List.of("notifier-sesa", "management", "integration")) {
      getAs(user, "/api/v1/group-posts").assertProblem(403, "FORBIDDEN");
      postJson(user, "/api/v1/group-posts/" + postId + "/dismissal", "{\"reason\": \"x\"}").assertProblem(403, "FORBIDDEN");
    }
  }

  @Test
  void the_console_shows_the_pending_posts_with_their_forms_and_dismisses_one() {
    String postId = pending("PENDING_REPORT", "O portal de compras caiu");
    services.stubFor(get(urlPathEqualTo("/internal/group-posts")).willReturn(okJson("[" + post(postId,
        "PENDING_REPORT", "O portal de compras caiu") + "]")));
    ConsoleSession team = new ConsoleSession(port);
    team.signIn("team", PASSWORD);

    String page = team.get("/console/group").body();

    assertThat(page).contains("Grupo do WhatsApp", "Maria Souza (SESA)", "O portal de compras caiu",
        "Registrar incidente", "Descartar", "/console/group/" + postId + "/dismissal");
    assertThat(page).doesNotContain("5527981110000");
    Map<TopicPartition, Long> before = endOffsets(Topics.GROUP_POSTS);
    ConsoleSession.Page answer = team.submit("/console/group", "/console/group/" + postId + "/dismissal",
        Map.of("reason", "Repetida"));
    assertThat(answer.location()).endsWith("/console/group");
    assertThat(recordsSince(Topics.GROUP_POSTS, before)).extracting(ConsumerRecord::key).contains(postId);
    ConsoleSession notifier = new ConsoleSession(port);
    notifier.signIn("notifier-sesa", PASSWORD);
    assertThat(notifier.get("/console/group").status()).isEqualTo(403);
  }

  /** A post the incident-service's feed shows in that situation. */
  private String pending(String situation, String text) {
    String postId = "wamid." + UUID.randomUUID();
    services.stubFor(get(urlPathEqualTo("/internal/group-posts/" + postId)).willReturn(okJson(post(postId, situation,
        text))));
    return postId;
  }

  private static String post(String postId, String situation, String text) {
    return """
        {"postId": "%s", "postedAt": "%s", "memberName": "Maria Souza", "memberOrgan": "SESA",
         "senderName": "Maria", "kind": "text", "text": "%s", "replyTo": null, "situation": "%s",
         "outcome": "possible-report", "reason": null, "saNumber": null, "candidates": [], "incidents": [],
         "dismissal": null}""".formatted(postId, POSTED_AT, text, situation);
  }
}
