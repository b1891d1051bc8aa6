package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The norm's incident flows through the gateway only, with every service running as in standalone:
 * what each user does, and the messages that reach ASCOM's outbox, word for word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentLifecycleFlowTest {

  private static final DateTimeFormatter NORM_DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("America/Sao_Paulo"));

  private RunningSystem system;

  @BeforeAll
  void startTheSystem() {
    system = SharedSystem.get();
  }

  @Test
  void clientReportsJoinedThenSaThenConfirmedForAllThenStatementThenRestored() {
    String id = created(system.post("notifier-sesa", "/api/v1/incidents", report("Sistema SIGEFES", "SESA"), null));
    String joined = created(system.post("notifier-sedu", "/api/v1/incidents", report("  sistema  sígefes ", "SEDU"), null));
    assertThat(joined).as("a second report of the same component joins the open incident").isEqualTo(id);

    assertThat(command("notifier-sesa", id, "service-request", "{\"saNumber\": \"SA-2026-004211\"}")).isEqualTo("UNDER_ANALYSIS");
    assertThat(command("team", id, "triage", "{\"verdict\": \"CONFIRMED_GENERAL\", \"impact\": \"acesso e emissão de empenhos\"}"))
        .isEqualTo("CONFIRMED_GENERAL");
    assertThat(command("management", id, "statements", "{\"kind\": \"CONFIRMATION\", \"text\": \"Confirmamos a indisponibilidade do SIGEFES.\"}"))
        .isEqualTo("CONFIRMED_GENERAL");
    assertThat(command("team", id, "restoration", "{\"note\": \"Reinício do pool de conexões\"}")).isEqualTo("RESTORED");

    HttpResponse<String> triageAgain = system.post("team", "/api/v1/incidents/" + id + "/triage",
        "{\"verdict\": \"NOT_CONFIRMED\"}", null);
    assertThat(triageAgain.statusCode()).as(triageAgain.body()).isEqualTo(409);
    assertThat((String) JsonPath.read(triageAgain.body(), "$.code")).isEqualTo("INCIDENT_CLOSED");

    String timeline = system.get("team", "/api/v1/incidents/" + id + "/timeline?kind=event").body();
    assertThat((List<String>) JsonPath.read(timeline, "$[*].type")).containsExactly("IncidentReported", "ReportJoined",
        "ServiceRequestLinked", "IncidentTriaged", "StatementPosted", "ServiceRestored");
    String confirmedAt = dateTime(JsonPath.read(timeline, "$[3].occurredAt"));
    String restoredAt = dateTime(JsonPath.read(timeline, "$[5].occurredAt"));

    List<Map<String, Object>> outbox = outboxOf(id, 4);
    assertThat(outbox).extracting(message -> message.get("type")).containsExactlyInAnyOrder("6.1", "6.1", "6.3", "6.4");
    assertThat(whatsApp(outbox, "6.3")).isEqualTo("""
        *PRODEST Informa: Aviso de Indisponibilidade*

        Prezados, detectamos uma instabilidade no Sistema SIGEFES que pode afetar acesso e emissão de empenhos.

        Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

        Atualizações serão enviadas neste canal.

        Data/Hora: %s""".formatted(confirmedAt));
    assertThat(whatsApp(outbox, "6.4")).isEqualTo("""
        *PRODEST Informa: Serviço Restabelecido*

        Informamos que o Sistema SIGEFES foi restabelecido e está operando normalmente.

        Agradecemos pela compreensão durante o período de indisponibilidade.

        Qualquer problema adicional, favor nos informar.

        Data/Hora: %s""".formatted(restoredAt));

    String reopened = created(system.post("notifier-sesa", "/api/v1/incidents", report("Sistema SIGEFES", "SESA"), null));
    assertThat(reopened).as("after restoration a new report opens a new incident").isNotEqualTo(id);
  }

  @Test
  void confirmedForOneOrganGets66AndNotConfirmedGets62() {
    String restricted = created(system.post("notifier-sefaz", "/api/v1/incidents", report("Portal da Nota Fiscal", "SEFAZ"), null));
    command("team", restricted, "triage",
        "{\"verdict\": \"CONFIRMED_RESTRICTED\", \"impact\": \"emissão de notas\", \"organ\": \"SEFAZ\"}");
    String notConfirmed = created(system.post("notifier-detran", "/api/v1/incidents", report("Agendamento de vistoria", "DETRAN"), null));
    assertThat(command("team", notConfirmed, "triage", "{\"verdict\": \"NOT_CONFIRMED\"}")).isEqualTo("NOT_CONFIRMED");

    String confirmedAt = dateTime(JsonPath.read(system.get("team", "/api/v1/incidents/" + restricted + "/timeline?kind=event").body(),
        "$[1].occurredAt"));
    assertThat(whatsApp(outboxOf(restricted, 2), "6.6")).isEqualTo("""
        *PRODEST Informa: Aviso de Indisponibilidade no Secretaria de Estado da Fazenda*

        Prezados, detectamos uma instabilidade no Portal da Nota Fiscal que pode afetar emissão de notas.

        Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

        Atualizações serão enviadas neste canal.

        Data/Hora: %s""".formatted(confirmedAt));
    assertThat(whatsApp(outboxOf(notConfirmed, 2), "6.2")).isEqualTo("""
        *PRODEST Informa: Notificação de Status Normal*

        Prezados, após a análise de monitoramento, informamos que o Agendamento de vistoria está operando normalmente, sem evidências de instabilidade no momento.

        Sugerimos que o(s) usuário(s) verifique(m) possíveis variáveis locais, como rede de acesso ou dispositivos utilizados.

        Caso persista qualquer dificuldade, a equipe está à disposição para suporte adicional.""");
  }

  @Test
  void anAlertmanagerAlertOpensAnIncidentDetectedByProdestOnceAndItsResolutionIsRecorded() {
    String firing = alertmanagerPayload("firing", "0001-01-01T00:00:00Z");
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + RunningSystem.WEBHOOK_TOKEN);

    assertThat(system.postAs("/webhooks/alertmanager", firing, bearer).statusCode()).isEqualTo(202);
    assertThat(system.postAs("/webhooks/alertmanager", firing, bearer).statusCode()).as("Alertmanager's retry").isEqualTo(202);
    assertThat(system.postAs("/webhooks/alertmanager", firing, Map.of("Authorization", "Bearer errado")).statusCode())
        .isEqualTo(401);

    List<Map<String, Object>> detected = await().atMost(Duration.ofSeconds(60)).until(
        () -> JsonPath.<List<Map<String, Object>>>read(
            system.get("team", "/api/v1/incidents?component=Barramento%20de%20Integra%C3%A7%C3%A3o").body(), "$"),
        incidents -> !incidents.isEmpty());
    assertThat(detected).singleElement().satisfies(incident -> {
      assertThat(incident).containsEntry("status", "DETECTED_BY_PRODEST").containsEntry("source", "MONITORING")
          .containsEntry("organ", "PRODEST").containsEntry("unit", "GEINT");
    });
    String id = (String) detected.get(0).get("id");

    String serviceDeskEvent = """
        {"eventId": "sd-77120", "saNumber": "SA-2026-004300", "state": "OPENED", "organ": "PRODEST",
         "summary": "Barramento lento", "incidentId": "%s", "occurredAt": "2026-03-10T14:05:00Z"}""".formatted(id);
    assertThat(system.postAs("/webhooks/service-desk", serviceDeskEvent,
        Map.of("X-Npi007-Signature", "sha256=" + hmac(serviceDeskEvent))).statusCode()).isEqualTo(202);
    assertThat(system.postAs("/webhooks/service-desk", serviceDeskEvent,
        Map.of("X-Npi007-Signature", "sha256=" + hmac(serviceDeskEvent + " "))).statusCode()).isEqualTo(401);

    assertThat(system.postAs("/webhooks/alertmanager", alertmanagerPayload("resolved", "2026-03-10T14:20:00Z"), bearer)
        .statusCode()).isEqualTo(202);

    List<String> types = await().atMost(Duration.ofSeconds(60)).until(
        () -> JsonPath.<List<String>>read(system.get("team", "/api/v1/incidents/" + id + "/timeline?kind=event").body(), "$[*].type"),
        timeline -> timeline.contains("AlertResolved") && timeline.contains("ServiceRequestLinked"));
    assertThat(types).containsExactlyInAnyOrder("IncidentReported", "ServiceRequestLinked", "AlertResolved");
    assertThat(JsonPath.<List<Object>>read(system.get("ascom", "/api/v1/notifications?incidentId=" + id).body(), "$"))
        .as("detected by PRODEST: no 6.1").isEmpty();
  }

  @Test
  void ascomEditsAndApprovesOneMessageAndMarksAnotherAsPostedByHand() {
    String first = created(system.post("notifier-seger", "/api/v1/incidents", report("Sistema de Diárias", "SEGER"), null));
    String second = created(system.post("notifier-sesp", "/api/v1/incidents", report("Delegacia Online", "SESP"), null));
    Map<String, Object> acknowledgement = outboxOf(first, 1).get(0);
    Map<String, Object> otherAcknowledgement = outboxOf(second, 1).get(0);
    String edited = "Prezado, recebemos sua notificação sobre o Sistema de Diárias. Abra uma SA, por favor.";

    HttpResponse<String> approved = system.post("ascom", "/api/v1/notifications/" + acknowledgement.get("id") + "/approval",
        "{\"text\": {\"whatsapp\": \"" + edited + "\"}}", null);
    HttpResponse<String> posted = system.post("ascom", "/api/v1/notifications/" + otherAcknowledgement.get("id") + "/posted",
        "{\"note\": \"Postada no grupo às 10h\"}", null);
    HttpResponse<String> byTheTeam = system.post("team", "/api/v1/notifications/" + otherAcknowledgement.get("id") + "/approval",
        "{}", null);
    HttpResponse<String> approvedAgain = system.post("ascom", "/api/v1/notifications/" + acknowledgement.get("id") + "/approval",
        "{}", null);

    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat((String) JsonPath.read(approved.body(), "$.status")).isEqualTo("APPROVED");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat((String) JsonPath.read(posted.body(), "$.status")).isEqualTo("POSTED_MANUALLY");
    assertThat(byTheTeam.statusCode()).isEqualTo(403);
    assertThat(approvedAgain.statusCode()).isEqualTo(409);
    assertThat((String) JsonPath.read(approvedAgain.body(), "$.code")).isEqualTo("ALREADY_APPROVED");

    String message = await().atMost(Duration.ofSeconds(30)).until(
        () -> system.get("ascom", "/api/v1/notifications/" + acknowledgement.get("id")).body(),
        body -> "APPROVED".equals(JsonPath.read(body, "$.status")));
    assertThat((String) JsonPath.read(message, "$.text.whatsapp")).isEqualTo(edited);
    assertThat((List<String>) JsonPath.read(message, "$.history[*].type"))
        .containsExactly("MessageRendered", "MessageEdited", "MessageApproved");
  }

  /**
   * Issue 15, first part: the team makes GEITIC responsible, then hands the incident to GESIT; the
   * list by unit, the incident and its timeline say so; a unit outside the catalogue and a closed
   * incident are refused and change nothing.
   */
  @Test
  void theTeamAssignsGeiticThenHandsTheIncidentToGesit() {
    String id = created(system.post("notifier-sejus", "/api/v1/incidents", report("Sistema de Visitação Prisional", "SEJUS"), null));

    assertThat(command("team-geitic", id, "assignment", "{\"unit\": \"GEITIC\", \"note\": \"Queda do link\"}"))
        .isIn("REPORTED", "AWAITING_SA");
    assertThat(command("team", id, "assignment", "{\"unit\": \"gesit\", \"note\": \"É a aplicação\"}"))
        .isIn("REPORTED", "AWAITING_SA");
    HttpResponse<String> unknown = system.post("team", "/api/v1/incidents/" + id + "/assignment", "{\"unit\": \"GETEC\"}", null);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);

    await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> {
      assertThat(JsonPath.<List<String>>read(system.get("team", "/api/v1/incidents?unit=GESIT").body(), "$[*].id")).contains(id);
      assertThat(JsonPath.<List<String>>read(system.get("team", "/api/v1/incidents?unit=GEITIC").body(), "$[*].id"))
          .doesNotContain(id);
    });
    assertThat((String) JsonPath.read(system.get("team", "/api/v1/incidents/" + id).body(), "$.unit")).isEqualTo("GESIT");
    String timeline = system.get("team", "/api/v1/incidents/" + id + "/timeline?kind=event").body();
    assertThat(JsonPath.<List<String>>read(timeline, "$[?(@.type == 'IncidentAssigned')].type")).hasSize(2);
    assertThat(timeline).contains("\"previousUnit\":\"GEITIC\"").contains("É a aplicação");
    assertThat(JsonPath.<List<String>>read(timeline, "$[?(@.type == 'IncidentAssigned')].actor.userId"))
        .containsExactly("team-geitic", "team");

    // compliance groups the incident under the unit in charge now
    String gesit = system.get("management", "/api/v1/compliance?unit=gesit").body();
    assertThat(JsonPath.<List<String>>read(gesit, "$[?(@.incidentId == '" + id + "')].unit")).containsExactly("GESIT");
    assertThat(JsonPath.<List<String>>read(system.get("management", "/api/v1/compliance?unit=GEITIC").body(),
        "$[*].incidentId")).doesNotContain(id);

    assertThat(command("team", id, "triage", "{\"verdict\": \"NOT_CONFIRMED\"}")).isEqualTo("NOT_CONFIRMED");
    HttpResponse<String> closed = system.post("team", "/api/v1/incidents/" + id + "/assignment", "{\"unit\": \"GEDAD\"}", null);
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(409);
    assertThat((String) JsonPath.read(closed.body(), "$.code")).isEqualTo("INCIDENT_CLOSED");
  }

  private String command(String user, String id, String action, String json) {
    HttpResponse<String> response = system.post(user, "/api/v1/incidents/" + id + "/" + action, json, null);
    assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
    return JsonPath.read(response.body(), "$.status");
  }

  /**
   * Issue 16: a service killed (kill -9) is started again by the launcher, and the norm goes on.
   * While it is down the gateway answers 503 for what needs it and serves what does not; its log
   * file holds both of its starts.
   */
  @Test
  void aKilledServiceIsStartedAgainByTheLauncherAndAReportStillGetsIts61() throws Exception {
    ProcessHandle killed = system.service("notification-service");
    long began = System.nanoTime();
    killed.destroyForcibly();
    killed.onExit().get(30, TimeUnit.SECONDS);

    // the launcher waits a second before it starts the service again, which then takes seconds to listen
    HttpResponse<String> outbox = system.get("ascom", "/api/v1/notifications");
    assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(503);
    assertThat(outbox.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("application/problem+json"));
    assertThat((String) JsonPath.read(outbox.body(), "$.code")).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(system.get("team", "/api/v1/incidents").statusCode()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
        system.serviceIfRunning("notification-service").filter(pid -> pid.pid() != killed.pid()).isPresent()
            && system.isUp(system.ports().notificationService()));
    System.out.printf("notification-service de volta (UP) %.1f s após o kill -9%n", (System.nanoTime() - began) / 1e9);

    String id = created(system.post("notifier-sesa", "/api/v1/incidents", report("Sistema de Protocolo Eletrônico", "SESA"), null));
    assertThat(outboxOf(id, 1)).extracting(message -> message.get("type")).containsExactly("6.1");

    Path log = system.logDir().resolve("notification-service.log");
    assertThat(Files.readAllLines(log)).filteredOn(line -> line.contains("Started NotificationServiceApplication"))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JsonPath.read(response.body(), "$.id");
  }

  private List<Map<String, Object>> outboxOf(String incidentId, int expected) {
    return await().atMost(Duration.ofSeconds(60)).until(
        () -> JsonPath.<List<Map<String, Object>>>read(
            system.get("ascom", "/api/v1/notifications?incidentId=" + incidentId).body(), "$"),
        outbox -> outbox.size() >= expected);
  }

  @SuppressWarnings("unchecked")
  private static String whatsApp(List<Map<String, Object>> outbox, String type) {
    return outbox.stream().filter(message -> type.equals(message.get("type")))
        .map(message -> ((Map<String, String>) message.get("text")).get("whatsapp"))
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + outbox));
  }

  private static String report(String component, String organ) {
    return """
        {"component": "%s", "organ": "%s", "description": "Lentidão e erros ao acessar",
         "source": "WHATSAPP_GROUP", "reportedBy": "Gestor de TI"}""".formatted(component, organ);
  }

  private static String dateTime(String instant) {
    return NORM_DATE_TIME.format(Instant.parse(instant));
  }

  private static String alertmanagerPayload(String status, String endsAt) {
    return """
        {"version": "4", "groupKey": "{}:{alertname=\\"BarramentoLento\\"}", "truncatedAlerts": 0,
         "status": "%1$s", "receiver": "npi007",
         "groupLabels": {"alertname": "BarramentoLento"},
         "commonLabels": {"alertname": "BarramentoLento", "severity": "critical"},
         "commonAnnotations": {"summary": "integração entre sistemas"},
         "externalURL": "http://alertmanager.prodest.local:9093",
         "alerts": [{"status": "%1$s",
           "labels": {"alertname": "BarramentoLento", "component": "Barramento de Integração", "severity": "critical",
             "team": "geint"},
           "annotations": {"summary": "integração entre sistemas"},
           "startsAt": "2026-03-10T13:58:00Z", "endsAt": "%2$s",
           "generatorURL": "http://prometheus.prodest.local:9090/graph?g0.expr=up",
           "fingerprint": "6f2c1a9e4b7d3c10"}]}""".formatted(status, endsAt);
  }

  private static String hmac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(RunningSystem.SERVICE_DESK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
