package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.maintenance.CancelMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The maintenance calendar and page (issue 12): São Paulo's wall time in, the API's instants out, warnings shown. */
class ConsoleMaintenanceTest extends GatewayTestSupport {

  private static final String CALENDAR = "/console/maintenances";

  static String maintenance(String id, String status, String component, String start, String end) {
    return """
        {"id":"%s","status":"%s","component":"%s","start":"%s","end":"%s","purpose":"atualização do banco",
         "causesUnavailability":true,"urgent":false,"incidentId":null,"overlapsWith":[],"reminders":[],
         "version":2,"requestedAt":"2026-12-01T12:00:00Z","updatedAt":"2026-12-01T12:05:00Z"}
        """.formatted(id, status, component, start, end);
  }

  @Test
  void the_calendar_lists_current_windows_by_start_then_the_past_and_states_the_minimum_notice() {
    stubCalendar();

    ConsoleSession.Page calendar = signedIn("team").get(CALENDAR);

    assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
    String html = calendar.body();
    assertThat(html).contains("Em andamento", "Avisada", "11/12/2026 22:00", "A antecedência mínima é de 24 horas",
        "type=\"datetime-local\"", "name=\"idempotencyKey\"");
    assertThat(html.indexOf("Banco em andamento")).isLessThan(html.indexOf("Portal amanhã"));
    assertThat(html.indexOf("Portal amanhã")).isLessThan(html.indexOf("SIGEFES depois"));
    assertThat(html.indexOf("SIGEFES depois")).isLessThan(html.indexOf("Passadas"));
    assertThat(html.indexOf("Passadas")).isLessThan(html.indexOf("E-Docs passada"));
  }

  @Test
  void management_reads_the_calendar_without_the_request_form_and_a_notifier_may_not() {
    stubCalendar();

    assertThat(signedIn("management").get(CALENDAR).body()).contains("Portal amanhã").doesNotContain("Solicitar manutenção");
    assertThat(signedIn("notifier-sesa").get(CALENDAR).status()).isEqualTo(403);
  }

  @Test
  void a_request_takes_sao_paulos_wall_time_to_the_right_instant_and_shows_the_overlap_warning() {
    stubCalendar();
    ConsoleSession team = signedIn("team");
    String component = "SIGEFES " + UUID.randomUUID() + " " + FakeMaintenanceService.OVERLAPPING;

    ConsoleSession.Page answer = team.submit(CALENDAR, CALENDAR, Map.of("component", component,
        "start", "2026-12-10T22:00", "end", "2026-12-11T02:30", "purpose", "atualização",
        "causesUnavailability", "true", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    assertThat(answer.location()).endsWith(CALENDAR);
    RequestMaintenance request = maintenanceService.commands().stream()
        .filter(RequestMaintenance.class::isInstance).map(RequestMaintenance.class::cast)
        .filter(command -> command.getComponent().equals(component)).findFirst().orElseThrow();
    assertThat(request.getStart()).isEqualTo(Instant.parse("2026-12-11T01:00:00Z"));
    assertThat(request.getEnd()).isEqualTo(Instant.parse("2026-12-11T05:30:00Z"));
    assertThat(request.getCausesUnavailability()).isTrue();
    assertThat(request.getUrgent()).isFalse();
    String after = team.get(CALENDAR).body();
    assertThat(after).contains("Manutenção solicitada", "class=\"aviso atencao\"", "A janela coincide com outra manutenção.");
  }

  @Test
  void a_request_without_a_window_is_not_sent() {
    stubCalendar();
    ConsoleSession team = signedIn("team");
    long before = maintenanceService.commands().size();

    team.submit(CALENDAR, CALENDAR, Map.of("component", "SIGEFES", "start", "", "end", "", "causesUnavailability", "true"));

    assertThat(team.get(CALENDAR).body()).contains("Dados inválidos", "start é obrigatório");
    assertThat(maintenanceService.commands()).hasSize((int) before);
  }

  @Test
  void the_page_offers_the_team_reschedule_and_a_confirmed_cancel_before_the_window() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/maintenances/" + id).willReturn(okJson(
        maintenance(id, "ANNOUNCED", "SIGEFES", "2026-12-11T01:00:00Z", "2026-12-11T05:00:00Z"))));
    maintenanceService.open(id, 2, "ANNOUNCED");
    ConsoleSession team = signedIn("team");
    String page = CALENDAR + "/" + id;

    String html = team.get(page).body();
    assertThat(html).contains("10/12/2026 22:00", "/reschedule", "/cancel", "data-confirm=", "value=\"2026-12-10T22:00\"")
        .doesNotContain("/completion");
    assertThat(signedIn("management").get(page).body()).doesNotContain("/reschedule", "/cancel");

    team.submit(page, page + "/reschedule", Map.of("start", "2026-12-17T22:00", "end", "2026-12-18T02:00"));
    team.submit(page, page + "/cancel", Map.of("reason", "mudança não aprovada"));

    assertThat(maintenanceService.commands(RescheduleMaintenance.class, id)).singleElement()
        .satisfies(command -> assertThat(command.getStart()).isEqualTo(Instant.parse("2026-12-18T01:00:00Z")));
    assertThat(maintenanceService.commands(CancelMaintenance.class, id)).singleElement()
        .satisfies(command -> assertThat(command.getReason()).isEqualTo("mudança não aprovada"));
    ConsoleSession.Page management = signedIn("management").post(page + "/cancel", Map.of());
    assertThat(management.status()).isEqualTo(403);
  }

  private ConsoleSession signedIn(String user) {
    ConsoleSession browser = new ConsoleSession(port);
    assertThat(browser.signIn(user, PASSWORD).location()).endsWith("/console");
    return browser;
  }

  private static void stubCalendar() {
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).withQueryParam("when", equalTo("in-progress"))
        .willReturn(okJson("[" + maintenance("m-1", "IN_PROGRESS", "Banco em andamento", "2026-12-04T10:00:00Z",
            "2026-12-06T10:00:00Z") + "]")));
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).withQueryParam("when", equalTo("upcoming"))
        .willReturn(okJson("[" + maintenance("m-3", "ANNOUNCED", "SIGEFES depois", "2026-12-20T01:00:00Z",
            "2026-12-20T05:00:00Z") + "," + maintenance("m-2", "ANNOUNCED", "Portal amanhã", "2026-12-12T01:00:00Z",
            "2026-12-12T05:00:00Z") + "]")));
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).withQueryParam("when", equalTo("past"))
        .willReturn(okJson("[" + maintenance("m-0", "COMPLETED", "E-Docs passada", "2026-11-01T01:00:00Z",
            "2026-11-01T05:00:00Z") + "]")));
  }
}
