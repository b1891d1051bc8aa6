package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An organ's own page (issue 12): its report form, its incidents and their messages, the maintenances. */
class ConsoleOrganPageTest extends GatewayTestSupport {

  @Test
  void a_notifier_reports_for_its_own_organ_whatever_organ_the_form_posts() {
    stubOrganPage(UUID.randomUUID().toString());
    ConsoleSession browser = signedIn("notifier-sesa");
    String description = "Portal fora do ar " + UUID.randomUUID();

    ConsoleSession.Page answer = browser.submit("/console/organ", "/console/organ/incidents", Map.of(
        "component", "Portal da Saúde", "description", description, "reportedBy", "Maria da Silva",
        "organ", "SEDU", "source", "MONITORING", "idempotencyKey", UUID.randomUUID().toString()));

    ReportIncident report = incidentService.received().stream()
        .filter(received -> received.getDescription().equals(description)).findFirst().orElseThrow();
    assertThat(report.getOrgan()).isEqualTo("SESA");
    assertThat(report.getSource()).isEqualTo(ReportSource.WHATSAPP_GROUP);
    assertThat(report.getComponent()).isEqualTo("Portal da Saúde");
    assertThat(report.getMetadata().getActor().getUserId()).isEqualTo("notifier-sesa");
    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.location()).endsWith("/console/incidents/" + report.getIncidentId());
  }

  @Test
  void an_invalid_report_goes_back_to_the_page_with_the_reason_and_sends_nothing() {
    stubOrganPage(UUID.randomUUID().toString());
    ConsoleSession browser = signedIn("notifier-sesa");
    long before = commandsWritten();

    ConsoleSession.Page answer = browser.submit("/console/organ", "/console/organ/incidents", Map.of(
        "component", " ", "description", "Algo", "reportedBy", "Maria"));

    assertThat(answer.location()).endsWith("/console/organ");
    assertThat(browser.get("/console/organ").body()).contains("Dados inválidos: component é obrigatório.");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void the_page_lists_the_organs_own_incidents_with_their_sent_messages_and_the_maintenances() {
    String id = UUID.randomUUID().toString();
    stubOrganPage(id);
    ConsoleSession browser = signedIn("notifier-sesa");

    ConsoleSession.Page page = browser.get("/console/organ");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body())
        .contains("Meu órgão: SESA", "/console/incidents/" + id, "Em análise", "10/03/2025 09:00",
            "Mensagem 6.1 em 10/03/2025 09:02", "Backup do banco", "10/12/2026 22:00 a 11/12/2026 02:00",
            "name=\"idempotencyKey\"")
        .doesNotContain("Mensagem 6.3");
    // the notifier's scope travels as the list's filter, whatever it asks
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents")).withQueryParam("organ", equalTo("SESA")));
  }

  @Test
  void a_notifier_reaches_neither_the_compliance_nor_an_audit_nor_the_admin_pages() {
    ConsoleSession browser = signedIn("notifier-sesa");

    assertThat(browser.get("/console/compliance").status()).isEqualTo(403);
    assertThat(browser.get("/console/incidents/" + UUID.randomUUID() + "/audit").status()).isEqualTo(403);
    assertThat(browser.get("/console/incidents/" + UUID.randomUUID() + "/dossier.json").status()).isEqualTo(403);
    assertThat(browser.get("/console/admin/organs").status()).isEqualTo(403);
  }

  @Test
  void the_organ_page_is_the_notifiers_only_and_its_form_needs_the_csrf_token() {
    assertThat(signedIn("team").get("/console/organ").status()).isEqualTo(403);
    ConsoleSession notifier = signedIn("notifier-sesa");
    long before = commandsWritten();

    ConsoleSession.Page answer = notifier.post("/console/organ/incidents", Map.of(
        "component", "Portal", "description", "Sem token", "reportedBy", "Maria"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(commandsWritten()).isEqualTo(before);
  }

  private ConsoleSession signedIn(String user) {
    ConsoleSession browser = new ConsoleSession(port);
    browser.signIn(user, PASSWORD);
    return browser;
  }

  private static void stubOrganPage(String id) {
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("[" + Incidents.json(id, "SESA", 2) + "]")));
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(Incidents.json(id, "SESA", 2))));
    services.stubFor(get("/internal/incidents/" + id + "/compliance").willReturn(okJson("""
        {"incidentId":"%s","status":"UNDER_ANALYSIS","component":"SIGEFES","reportedAt":"2025-03-10T12:00:00Z",
         "required":[{"messageId":"6.1","why":"relato pelo grupo"}],
         "messages":[{"messageId":"6.1","notificationId":"n-1","status":"APPROVED","renderedAt":"2025-03-10T12:01:00Z",
                      "deliveredAt":"2025-03-10T12:02:00Z"},
                     {"messageId":"6.3","notificationId":"n-2","status":"PENDING_REVIEW","renderedAt":"2025-03-10T12:03:00Z",
                      "deliveredAt":null}],
         "missing":[],"timings":{"reportToAcknowledgementSeconds":120}}
        """.formatted(id))));
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).withQueryParam("when", equalTo("upcoming"))
        .willReturn(okJson("""
            [{"id":"m-1","status":"ANNOUNCED","component":"SIGEFES","start":"2026-12-11T01:00:00Z",
              "end":"2026-12-11T05:00:00Z","purpose":"Backup do banco","causesUnavailability":true,"urgent":false}]
            """)));
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).withQueryParam("when", equalTo("in-progress"))
        .willReturn(okJson("[]")));
  }
}
