package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.system.FakeProviders.Email;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The norm's incident flows end to end, through the gateway only, down to what reaches the WhatsApp
 * group (WireMock as the Cloud API) and the organs' mailboxes (GreenMail as the SMTP relay): every
 * message word for word, in order, exactly once. ASCOM reviews 6.2 only, so the rest go out at once.
 * The six flows (of components and organs of their own) run together, beside the maintenance
 * suite's on the system both share ({@link DeliveredSystem}), each awaited by its test; the replay
 * runs after all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class DeliveredIncidentFlowsTest {

  private FakeProviders providers;
  private RunningSystem system;
  private DeliveredFlows flows;
  private ConcurrentFlows running;

  @BeforeAll
  void useTheSharedSystem() {
    attach(DeliveredSystem.get());
  }

  @AfterAll
  void releaseTheSharedSystem() {
    DeliveredSystem.release(DeliveredIncidentFlowsTest.class);
  }

  /** Starts this suite's flows on the shared system (called by it, on an instance of its own). */
  void startFlows(DeliveredSystem shared) {
    attach(shared);
    running.start("client report", this::clientReportFlow);
    running.start("restricted", this::restrictedFlow);
    running.start("not confirmed", this::notConfirmedFlow);
    running.start("alert", this::alertFlow);
    running.start("group post", this::groupPostFlow);
    running.start("group suggestions", this::groupSuggestionsFlow);
  }

  private void attach(DeliveredSystem shared) {
    providers = shared.providers;
    system = shared.system;
    flows = shared.flows;
    running = shared.running;
  }

  @Test
  @Order(1)
  void clientReportThenSaThenConfirmedForAllThenStatementThenRestored() {
    running.await("client report");
  }

  private void clientReportFlow() {
    String component = "Sistema SIGEFES";
    String id = flows.report("notifier-sesa", component, "SESA");
    flows.awaitStatus(id, "AWAITING_SA");
    assertThat(flows.command("notifier-sesa", id, "service-request", "{\"saNumber\": \"SA-2026-004211\"}")).isEqualTo("UNDER_ANALYSIS");
    flows.command("team", id, "triage", "{\"verdict\": \"CONFIRMED_GENERAL\", \"impact\": \"a emissão de empenhos\"}");
    flows.command("management", id, "statements", "{\"kind\": \"CONFIRMATION\", \"text\": \"Confirmamos a indisponibilidade.\"}");
    flows.command("team", id, "restoration", "{\"note\": \"Reinício do pool de conexões\"}");

    String unavailable = NormMessages.unavailable63(component, "a emissão de empenhos", flows.causedAt(id, "6.3"));
    String restored = NormMessages.restored64(component, flows.causedAt(id, "6.4"));
    assertThat(flows.whatsApp(component, 3)).containsExactly(NormMessages.receipt61(component), unavailable, restored);
    List<Email> emails = flows.emails(component, 2 * flows.everyOrgan().size());
    flows.assertInOrder(emails, flows.everyOrgan(), unavailable, restored);
    flows.assertSentOnceToEach(emails, unavailable, flows.everyOrgan());
    flows.assertSentOnceToEach(emails, restored, flows.everyOrgan());
  }

  @Test
  @Order(2)
  void confirmedForOneOrganGets66ToThatOrganAndProdestThen64() {
    running.await("restricted");
  }

  private void restrictedFlow() {
    String component = "Portal da Nota Fiscal";
    String id = flows.report("notifier-sefaz", component, "SEFAZ");
    flows.awaitStatus(id, "AWAITING_SA");
    flows.command("team", id, "triage",
        "{\"verdict\": \"CONFIRMED_RESTRICTED\", \"impact\": \"a emissão de notas\", \"organ\": \"SEFAZ\"}");
    flows.command("team", id, "restoration", "{\"note\": \"certificado renovado\"}");

    String restricted = NormMessages.unavailableIn66(flows.organName("SEFAZ"), component, "a emissão de notas",
        flows.causedAt(id, "6.6"));
    String restored = NormMessages.restored64(component, flows.causedAt(id, "6.4"));
    assertThat(flows.whatsApp(component, 3)).containsExactly(NormMessages.receipt61(component), restricted, restored);
    List<String> sefazAndProdest = flows.addressesOf("SEFAZ", "PRODEST");
    List<Email> emails = flows.emails(component, 2 * sefazAndProdest.size());
    flows.assertInOrder(emails, sefazAndProdest, restricted, restored);
    flows.assertSentOnceToEach(emails, restricted, sefazAndProdest);
    flows.assertSentOnceToEach(emails, restored, sefazAndProdest);
  }

  @Test
  @Order(3)
  void notConfirmedGets62WhichAscomEditsAndApprovesAndAnotherThatAscomPostsByHand() {
    running.await("not confirmed");
  }

  private void notConfirmedFlow() {
    String reviewed = "Agendamento de Vistoria";
    String byHand = "Carteira de Trabalho Digital";
    String first = flows.report("notifier-detran", reviewed, "DETRAN");
    String second = flows.report("notifier-seger", byHand, "SEGER");
    flows.command("team", first, "triage", "{\"verdict\": \"NOT_CONFIRMED\"}");
    flows.command("team", second, "triage", "{\"verdict\": \"NOT_CONFIRMED\"}");

    Map<String, Object> waiting = flows.awaitNotification(first, "6.2", "PENDING_REVIEW");
    assertThat(JsonPath.<String>read(waiting, "$.text.whatsapp")).isEqualTo(NormMessages.statusNormal62(reviewed));
    String edited = NormMessages.statusNormal62(reviewed).replace("a equipe está à disposição",
        "a equipe do PRODEST está à disposição");
    flows.ascom((String) waiting.get("id"), "approval", "{\"text\": {\"whatsapp\": " + DeliveredFlows.json(edited) + "}}");
    Map<String, Object> other = flows.awaitNotification(second, "6.2", "PENDING_REVIEW");
    flows.ascom((String) other.get("id"), "posted", "{\"note\": \"Postada no grupo às 10h\"}");

    assertThat(flows.whatsApp(reviewed, 2)).containsExactly(NormMessages.receipt61(reviewed), edited);
    flows.awaitNotification(first, "6.2", "DELIVERED");
    assertThat(flows.whatsApp(byHand, 1)).as("posted by hand: never sent again").containsExactly(NormMessages.receipt61(byHand));
    assertThat(flows.emails(reviewed, 0)).as("6.2 is WhatsApp only").isEmpty();
  }

  @Test
  @Order(4)
  void anAlertmanagerAlertGetsNo61ThenConfirmedThenResolvedThenRestored() {
    running.await("alert");
  }

  private void alertFlow() {
    String component = "Barramento de Integração";
    String id = flows.alert(component, "firing", "0001-01-01T00:00:00Z");
    flows.command("team", id, "triage", "{\"verdict\": \"CONFIRMED_GENERAL\", \"impact\": \"a integração entre sistemas\"}");
    flows.alert(component, "resolved", "2026-03-10T14:20:00Z");
    flows.command("team", id, "restoration", "{\"note\": \"fila drenada\"}");

    String unavailable = NormMessages.unavailable63(component, "a integração entre sistemas",
        flows.causedAt(id, "6.3"));
    String restored = NormMessages.restored64(component, flows.causedAt(id, "6.4"));
    assertThat(flows.whatsApp(component, 2)).as("detected by PRODEST: no 6.1").containsExactly(unavailable, restored);
    List<Email> emails = flows.emails(component, 2 * flows.everyOrgan().size());
    flows.assertInOrder(emails, flows.everyOrgan(), unavailable, restored);
    flows.assertSentOnceToEach(emails, unavailable, flows.everyOrgan());
    flows.assertSentOnceToEach(emails, restored, flows.everyOrgan());
  }

  @Test
  @Order(5)
  void theManagersSaNumberPostedInTheGroupLinksTheIncidentOnceWithThePostAsEvidence() {
    running.await("group post");
  }

  /**
   * Issue 14: the organ's manager reports in the group, 6.1 answers, the manager posts the SA number
   * in the group; the Cloud API's webhook brings the post and the incident moves on by itself. A
   * resent webhook and a stranger's post change nothing; the timeline keeps the post, not the number.
   */
  private void groupPostFlow() {
    String manager = "5527981110000";
    HttpResponse<String> member = system.put("admin", "/api/v1/group-members/" + manager,
        "{\"name\": \"Joana Lima\", \"organ\": \"SEDU\"}");
    assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
    String component = "Sistema de Gestão Escolar";
    String id = flows.report("notifier-sedu", component, "SEDU");
    flows.awaitStatus(id, "AWAITING_SA");
    assertThat(flows.whatsApp(component, 1)).containsExactly(NormMessages.receipt61(component));

    String post = "wamid.grupo-" + id;
    flows.groupPost("5527982220000", "wamid.estranho-" + id, "SA 999999");
    flows.groupPost(manager, post, "Boa tarde! Segue a SA nº 2026/004321");
    flows.awaitStatus(id, "UNDER_ANALYSIS");
    flows.groupPost(manager, post, "Boa tarde! Segue a SA nº 2026/004321");
    DeliveredFlows.pause(Duration.ofSeconds(3));

    String incident = system.get("team", "/api/v1/incidents/" + id).body();
    assertThat(JsonPath.<String>read(incident, "$.saNumber")).isEqualTo("2026/004321");
    String timeline = system.get("team", "/api/v1/incidents/" + id + "/timeline").body();
    List<Map<String, Object>> links = JsonPath.read(timeline, "$[?(@.type == 'ServiceRequestLinked')]");
    assertThat(links).as("the resend and the stranger's post link nothing more").hasSize(1);
    assertThat(JsonPath.<String>read(links.get(0), "$.details.postId")).isEqualTo(post);
    assertThat(JsonPath.<String>read(links.get(0), "$.details.postText")).isEqualTo("Boa tarde! Segue a SA nº 2026/004321");
    assertThat(JsonPath.<String>read(links.get(0), "$.details.postedBy")).isEqualTo("Joana Lima");
    assertThat(JsonPath.<String>read(links.get(0), "$.origin")).isEqualTo("WHATSAPP");
    assertThat(timeline).as("the member's number is personal data: not on the timeline").doesNotContain(manager);
  }

  @Test
  @Order(6)
  void theTeamTurnsAPostIntoAReportChoosesTheIncidentOfAnSaAndDismissesTheRest() {
    running.await("group suggestions");
  }

  /**
   * Issue 14: a member's post that is no SA number waits in the group feed until the team turns it
   * into a report (the member reporting for the organ, 6.1 following) or dismisses it; an SA number
   * with two incidents of the organ waiting waits for the team to choose one.
   */
  private void groupSuggestionsFlow() {
    String member = "5527983330000";
    HttpResponse<String> registered = system.put("admin", "/api/v1/group-members/" + member,
        "{\"name\": \"Carlos Dias\", \"organ\": \"SESP\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String component = "Portal Segurança Cidadã";
    String reportPost = "wamid.relato-" + System.nanoTime();
    flows.groupPost(member, reportPost, "O portal de ocorrências não abre desde as 8h");
    flows.awaitGroupPost(reportPost, "PENDING_REPORT");
    assertThat(system.get("team", "/api/v1/group-posts?pending=true").body()).contains(reportPost);

    HttpResponse<String> reported = system.post("team", "/api/v1/group-posts/" + reportPost + "/incident",
        "{\"component\": " + DeliveredFlows.json(component) + "}", null);
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    String first = JsonPath.read(reported.body(), "$.id");
    flows.awaitStatus(first, "AWAITING_SA");
    assertThat(flows.whatsApp(component, 1)).containsExactly(NormMessages.receipt61(component));
    String incident = system.get("team", "/api/v1/incidents/" + first).body();
    assertThat(JsonPath.<String>read(incident, "$.organ")).isEqualTo("SESP");
    assertThat(JsonPath.<String>read(incident, "$.reportedBy")).isEqualTo("Carlos Dias");
    assertThat(JsonPath.<String>read(incident, "$.source")).isEqualTo("WHATSAPP_GROUP");
    flows.awaitGroupPost(reportPost, "LED_TO_INCIDENT");
    HttpResponse<String> again = system.post("ascom", "/api/v1/group-posts/" + reportPost + "/incident",
        "{\"component\": " + DeliveredFlows.json(component) + "}", null);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);

    String second = flows.report("notifier-sesp", "Sistema de Boletins", "SESP");
    flows.awaitStatus(second, "AWAITING_SA");
    String saPost = "wamid.sa-" + System.nanoTime();
    flows.groupPost(member, saPost, "SA 555666");
    Map<String, Object> waiting = flows.awaitGroupPost(saPost, "PENDING_SA");
    assertThat(JsonPath.<List<String>>read(waiting, "$.candidates")).containsExactly(first, second);
    HttpResponse<String> linked = system.post("team", "/api/v1/group-posts/" + saPost + "/service-request",
        "{\"incidentId\": \"" + second + "\"}", null);
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(linked.body(), "$.status")).isEqualTo("UNDER_ANALYSIS");
    // the command's answer comes before the register's replay reads its event
    await().atMost(Duration.ofSeconds(30)).until(() -> JsonPath.<String>read(
        system.get("team", "/api/v1/incidents/" + second).body(), "$.saNumber"), "555666"::equals);

    String chat = "wamid.conversa-" + System.nanoTime();
    flows.groupPost(member, chat, "Obrigado pelo retorno!");
    flows.awaitGroupPost(chat, "PENDING_REPORT");
    HttpResponse<String> dismissed = system.post("ascom", "/api/v1/group-posts/" + chat + "/dismissal",
        "{\"reason\": \"Agradecimento, não é relato\"}", null);
    assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(202);
    Map<String, Object> gone = flows.awaitGroupPost(chat, "DISMISSED");
    assertThat(JsonPath.<String>read(gone, "$.dismissal.dismissedBy")).isEqualTo("ascom");
    assertThat(system.get("team", "/api/v1/group-posts?pending=true").body()).doesNotContain(reportPost, saPost, chat);
    String timeline = system.get("team", "/api/v1/incidents/" + first + "/timeline").body();
    assertThat(JsonPath.<List<String>>read(timeline, "$[?(@.type == 'IncidentReported')].details.postId"))
        .containsExactly(reportPost);
  }

  /** CONTRACTS.md, "Replay": after all of the above, {@code ./npi007 replay} renders the same bytes and sends nothing. */
  @Test
  @Order(7)
  void theReplayCommandFindsNothingThatDiffersAndSendsNothing() throws Exception {
    running.awaitAll();
    int whatsAppBefore = providers.whatsAppTexts().size();
    int emailsBefore = providers.emails().size();
    ProcessBuilder replay = new ProcessBuilder("bash", Path.of("..", "npi007").toString(), "replay")
        .redirectErrorStream(true);
    replay.environment().put("NPI007_KAFKA_PORT", Integer.toString(system.ports().kafka()));
    replay.environment().put("NPI007_REVIEW_MESSAGES", "6.2");
    Process process = replay.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    System.out.println(output);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("replay concluído: nada diverge");
    DeliveredFlows.pause(Duration.ofSeconds(2));
    assertThat(providers.whatsAppTexts()).hasSize(whatsAppBefore);
    assertThat(providers.emails()).hasSize(emailsBefore);
  }
}
