package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.AssignIncident;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One incident at the console (issue 12): its data, its timeline, and the forms its status and the role allow. */
class ConsoleIncidentPageTest extends GatewayTestSupport {

  private static final String TIMELINE = """
      [{"sequence":1,"kind":"event","eventId":"e-1","type":"IncidentReported","occurredAt":"2025-03-10T12:00:00Z",
        "actor":{"userId":"notifier-sesa","role":"NOTIFIER","organ":"SESA"},"origin":"API","commandId":"c-1",
        "details":{"component":"SIGEFES"},"traceId":"4bf92f3577b34da6a3ce929d0e0e4736"},
       {"sequence":null,"kind":"message","eventId":"m-1","type":"MessageRendered","occurredAt":"2025-03-10T12:01:00Z",
        "actor":{"userId":"notification-service","role":"SYSTEM","organ":null},"origin":"SYSTEM","commandId":"c-1",
        "notificationId":"n-1","messageId":"6.1","details":{"title":null}},
       {"sequence":2,"kind":"event","eventId":"e-2","type":"ServiceRequestLinked","occurredAt":"2025-03-10T14:05:00Z",
        "actor":{"userId":"service-desk","role":"INTEGRATION","organ":null},"origin":"SERVICE_DESK","commandId":"c-2",
        "details":{"saNumber":"SA-1"}}]
      """;
  private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

  @Test
  void the_page_shows_the_incident_and_its_timeline_in_brazilian_time() {
    String id = stub("UNDER_ANALYSIS", "SESA", "SA-1");

    ConsoleSession.Page page = signedIn("team").get("/console/incidents/" + id);

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("Em análise", "SIGEFES", "SESA", "SA-1", "Maria", "Fora do ar",
        "Grupo de WhatsApp", "10/03/2025 09:00", "10/03/2025 09:01", "10/03/2025 11:05",
        "Incidente relatado", "(mensagem 6.1)", "Componente", "SA vinculada", "notifier-sesa · NOTIFIER · SESA", "SERVICE_DESK");
    assertThat(page.body()).doesNotContain("2025-03-10T12:00:00Z");
    // the entry's trace, short, with the whole id to copy; an entry without one shows none (issue 13)
    assertThat(page.body()).contains("rastreio 4bf92f35…", "title=\"4bf92f3577b34da6a3ce929d0e0e4736\"",
        "data-trace-id=\"4bf92f3577b34da6a3ce929d0e0e4736\"");
    assertThat(page.body().split("rastreio ", -1)).hasSize(2);
  }

  @Test
  void each_role_sees_only_the_forms_it_may_use_in_the_incidents_status() {
    String awaiting = stub("AWAITING_SA", "SESA", null);
    String confirmed = stub("CONFIRMED_GENERAL", "SESA", "SA-1");

    String team = signedIn("team").get("/console/incidents/" + awaiting).body();
    assertThat(team).contains("/service-request", "/triage", "value=\"CONFIRMED_RESTRICTED\"",
        "Confirmado para um órgão", "name=\"idempotencyKey\"").doesNotContain("/restoration", "/statements");
    String ascom = signedIn("ascom").get("/console/incidents/" + awaiting).body();
    assertThat(ascom).contains("/service-request").doesNotContain("/triage\"", "/restoration", "/statements",
        "/assignment");
    String notifier = signedIn("notifier-sesa").get("/console/incidents/" + awaiting).body();
    assertThat(notifier).contains("/service-request").doesNotContain("/triage\"", "/restoration", "/statements");

    String teamConfirmed = signedIn("team").get("/console/incidents/" + confirmed).body();
    assertThat(teamConfirmed).contains("/restoration").doesNotContain("/triage\"", "/service-request", "/statements");
    String management = signedIn("management").get("/console/incidents/" + confirmed).body();
    assertThat(management).contains("/statements", "value=\"CONFIRMATION\"")
        .doesNotContain("value=\"RESTORATION\"", "/restoration", "/triage\"", "/service-request");
  }

  @Test
  void triage_sends_the_verdict_and_impact_and_comes_back_with_the_outcome() {
    String id = stub("UNDER_ANALYSIS", "SESA", "SA-1");
    incidentService.open(id, 2, "UNDER_ANALYSIS");
    ConsoleSession team = signedIn("team");
    String page = "/console/incidents/" + id;

    ConsoleSession.Page answer = team.submit(page, page + "/triage", Map.of("verdict", "CONFIRMED_GENERAL",
        "impact", "Emissão de notas indisponível", "organ", "", "idempotencyKey", keyOf(team.get(page).body())));

    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    assertThat(answer.location()).endsWith(page);
    List<TriageIncident> triages = incidentService.commands(TriageIncident.class, id);
    assertThat(triages).hasSize(1);
    assertThat(triages.get(0).getVerdict()).isEqualTo(Verdict.CONFIRMED_GENERAL);
    assertThat(triages.get(0).getImpact()).isEqualTo("Emissão de notas indisponível");
    assertThat(triages.get(0).getOrgan()).isNull();
    assertThat(team.get(page).body()).contains("Análise registrada.");
  }

  @Test
  void a_refusal_comes_back_with_its_portuguese_reason() {
    String id = stub("UNDER_ANALYSIS", "SESA", "SA-1");
    incidentService.open(id, 2, "UNDER_ANALYSIS");
    incidentService.refuse(id, RejectionKind.RULE_VIOLATED, "IMPACT_REQUIRED",
        "Informe o impacto para os usuários ao confirmar o incidente.");
    ConsoleSession team = signedIn("team");
    String page = "/console/incidents/" + id;

    ConsoleSession.Page answer = team.submit(page, page + "/triage", Map.of("verdict", "CONFIRMED_GENERAL"));

    assertThat(answer.location()).endsWith(page);
    assertThat(team.get(page).body()).contains("Informe o impacto para os usuários ao confirmar o incidente.");
  }

  @Test
  void a_form_that_fails_the_apis_constraints_is_not_sent() {
    String id = stub("UNDER_ANALYSIS", "SESA", "SA-1");
    incidentService.open(id, 2, "UNDER_ANALYSIS");
    ConsoleSession team = signedIn("team");
    String page = "/console/incidents/" + id;

    team.submit(page, page + "/triage", Map.of("verdict", "TALVEZ"));

    assertThat(team.get(page).body()).contains("Dados inválidos: verdict");
    assertThat(incidentService.commands(TriageIncident.class, id)).isEmpty();
  }

  @Test
  void a_notifier_links_the_sa_of_its_own_organs_incident_and_cannot_see_anothers() {
    String own = stub("AWAITING_SA", "SESA", null);
    String others = stub("AWAITING_SA", "SEFAZ", null);
    incidentService.open(own, 2, "AWAITING_SA");
    ConsoleSession notifier = signedIn("notifier-sesa");
    String page = "/console/incidents/" + own;

    notifier.submit(page, page + "/service-request", Map.of("saNumber", " SA-2025-1 "));

    assertThat(incidentService.commands(LinkServiceRequest.class, own)).singleElement()
        .satisfies(command -> assertThat(command.getSaNumber()).isEqualTo("SA-2025-1"));
    ConsoleSession.Page hidden = notifier.get("/console/incidents/" + others);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).contains("Incidente " + others + " não encontrado.");
  }

  // Issue 15: the team names the unit in charge (its own unit offered first); ASCOM may not
  @Test
  void the_team_assigns_the_unit_in_charge_and_ascom_may_not() {
    String id = stub("UNDER_ANALYSIS", "SESA", "SA-1");
    incidentService.open(id, 2, "UNDER_ANALYSIS");
    ConsoleSession geitic = signedIn("team-geitic");
    String page = "/console/incidents/" + id;
    String form = geitic.get(page).body().replaceAll("\\s+", " ");

    ConsoleSession.Page answer = geitic.submit(page, page + "/assignment", Map.of("unit", "GEITIC",
        "note", "Link do datacenter", "idempotencyKey", keyOf(form)));
    ConsoleSession.Page ascom = signedIn("ascom").submit(page, page + "/assignment", Map.of("unit", "GESIT"));

    assertThat(form).contains("/assignment", "<option value=\"GEITIC\" selected=\"selected\">")
        .doesNotContain("<option value=\"DIGER\" selected");
    assertThat(answer.location()).endsWith(page);
    assertThat(geitic.get(page).body()).contains("Unidade responsável registrada.");
    assertThat(ascom.status()).isEqualTo(403);
    List<AssignIncident> assignments = incidentService.commands(AssignIncident.class, id);
    assertThat(assignments).singleElement().satisfies(command -> {
      assertThat(command.getUnit()).isEqualTo("GEITIC");
      assertThat(command.getNote()).isEqualTo("Link do datacenter");
    });
  }

  @Test
  void ascom_may_not_triage_and_a_form_without_csrf_is_refused() {
    String id = stub("UNDER_ANALYSIS", "SESA", "SA-1");
    incidentService.open(id, 2, "UNDER_ANALYSIS");
    String page = "/console/incidents/" + id;

    ConsoleSession.Page ascom = signedIn("ascom").submit(page, page + "/triage", Map.of("verdict", "NOT_CONFIRMED"));
    ConsoleSession.Page withoutToken = signedIn("team").post(page + "/triage", Map.of("verdict", "NOT_CONFIRMED"));

    assertThat(ascom.status()).isEqualTo(403);
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(incidentService.commands(TriageIncident.class, id)).isEmpty();
  }

  private ConsoleSession signedIn(String user) {
    ConsoleSession browser = new ConsoleSession(port);
    assertThat(browser.signIn(user, PASSWORD).location()).endsWith("/console");
    return browser;
  }

  private static String stub(String status, String organ, String saNumber) {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(
        ConsoleIncidentBoardTest.incident(id, status, "SIGEFES", organ, saNumber, "2025-03-10T12:00:00Z"))));
    services.stubFor(get("/internal/incidents/" + id + "/timeline").willReturn(okJson(TIMELINE)));
    return id;
  }

  private static String keyOf(String html) {
    Matcher key = KEY.matcher(html);
    assertThat(key.find()).as("página com idempotencyKey").isTrue();
    return key.group(1);
  }
}
