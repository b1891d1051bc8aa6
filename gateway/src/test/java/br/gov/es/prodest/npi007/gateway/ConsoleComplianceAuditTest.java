package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.console.ConsoleFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The management's monthly compliance and an incident's audit with its dossier (issue 12). */
class ConsoleComplianceAuditTest extends GatewayTestSupport {

  @Test
  void the_month_is_read_page_by_page_and_summed_up_with_the_incidents_missing_a_message() {
    String missing = UUID.randomUUID().toString();
    services.stubFor(get(urlPathEqualTo("/internal/compliance"))
        .withQueryParam("from", equalTo("2026-11-01T03:00:00Z")).withQueryParam("until", equalTo("2026-12-01T03:00:00Z"))
        .withQueryParam("cursor", absent())
        .willReturn(okJson("[" + row("a", "NOT_CONFIRMED", "\"6.1\",\"6.2\"", "", 60, 600) + ","
            + row("b", "RESTORED", "\"6.1\",\"6.3\",\"6.4\"", "", 180, 1200) + "]")
            .withHeader("Npi007-Next-Cursor", "pagina2")));
    services.stubFor(get(urlPathEqualTo("/internal/compliance")).withQueryParam("cursor", equalTo("pagina2"))
        .willReturn(okJson("[" + row(missing, "CONFIRMED_RESTRICTED", "\"6.1\",\"6.6\"", "\"6.6\"", 300, 2400) + "]")));

    ConsoleSession.Page page = signedIn("management").get("/console/compliance?mes=2026-11");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    String html = page.body().replaceAll("\\s+", " ");
    assertThat(html).contains("Conformidade de novembro de 2026", "value=\"2026-11\"",
        "Não confirmados (6.2)</td><td>1</td>", "Confirmados, gerais (6.3)</td><td>1</td>",
        "Confirmados, restritos ao órgão (6.6)</td><td>1</td>", "Em aberto, sem veredito</td><td>0</td>",
        // report → 6.1: 60, 180, 300 s; report → verdict: 600, 1200, 2400 s
        "<td>3 min</td> <td>5 min</td>", "<td>20 min</td> <td>40 min</td>",
        "/console/incidents/" + missing + "/audit", "Fora do prazo: 6.6");
    assertThat(html).doesNotContain("/console/incidents/a/audit");
  }

  // Issue 15: the month's figures by responsible unit (names from the catalogue), and the confirmed ones without one
  @Test
  void the_month_is_grouped_by_responsible_unit_and_confirmed_incidents_without_one_are_flagged() {
    services.stubFor(get(urlPathEqualTo("/internal/compliance")).withQueryParam("from", equalTo("2026-10-01T03:00:00Z"))
        .willReturn(okJson("[" + inUnit(row("g1", "RESTORED", "\"6.1\",\"6.3\",\"6.4\"", "", 60, 600), "GESIT") + ","
            + inUnit(row("g2", "CONFIRMED_GENERAL", "\"6.1\",\"6.3\"", "\"6.3\"", 120, 1800), "GESIT") + ","
            + row("sem", "CONFIRMED_GENERAL", "\"6.3\"", "", 0, 300).replace("\"missing\"", "\"unassigned\":true,\"missing\"")
            + "]")));

    String html = signedIn("management").get("/console/compliance?mes=2026-10").body().replaceAll("\\s+", " ");

    assertThat(html).contains("Por unidade responsável",
        "<th scope=\"row\">GESIT — Gerência de Sistemas</th> <td>2</td> <td>1 min</td> <td>10 min</td> <td>—</td> <td>1</td>",
        "<th scope=\"row\">Sem unidade responsável</th> <td>1</td>",
        "Incidentes confirmados sem unidade responsável", "href=\"/console/incidents/sem\"");
  }

  private static String inUnit(String row, String unit) {
    return row.replace("\"missing\"", "\"unit\":\"" + unit + "\",\"missing\"");
  }

  @Test
  void the_month_is_the_current_one_in_sao_paulo_unless_asked_and_a_bad_month_is_a_400_page() {
    services.stubFor(get(urlPathEqualTo("/internal/compliance")).willReturn(okJson("[]")));
    ConsoleSession team = signedIn("team");

    ConsoleSession.Page page = team.get("/console/compliance");
    ConsoleSession.Page bad = team.get("/console/compliance?mes=novembro");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("value=\"" + YearMonth.now(ConsoleFormat.SAO_PAULO) + "\"",
        "Nenhum incidente do mês tem mensagem exigida fora do prazo.");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("O mês deve ser informado como AAAA-MM");
  }

  @Test
  void the_audit_page_shows_the_incident_its_compliance_timeline_messages_and_deliveries_in_brazilian_time() {
    String id = stubDossier();

    for (String user : List.of("team", "ascom", "admin")) {
      assertThat(signedIn(user).get("/console/incidents/" + id + "/audit").status()).as(user).isEqualTo(200);
    }
    ConsoleSession.Page page = signedIn("management").get("/console/incidents/" + id + "/audit");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("Auditoria do incidente " + id, "Em análise", "10/03/2025 09:00",
        "relato pelo grupo (NPI-007 5.2.1.1)", "Fora do prazo (2 h de atraso; prazo 10/03/2025 10:00)",
        "No prazo, até 10/03/2025 10:30", "Enviada", "2 min",
        "Incidente relatado", "notifier-sesa (NOTIFIER)", "Mensagem gerada", "Entrega concluída",
        "Versão do modelo: 0123456789ab", "*PRODEST Informa*", "Mensagem aprovada pela ASCOM por ascom", "grupo-sesa",
        "/console/incidents/" + id + "/dossier.json", "/console/incidents/" + id + "/dossier.csv",
        "rastreio 4bf92f35…", "title=\"4bf92f3577b34da6a3ce929d0e0e4736\"");
  }

  @Test
  void the_dossier_downloads_as_json_and_as_csv() {
    String id = stubDossier();
    ConsoleSession ascom = new ConsoleSession(port);
    ascom.signIn("ascom", PASSWORD);

    ConsoleSession.Page json = ascom.get("/console/incidents/" + id + "/dossier.json");
    ConsoleSession.Page csv = ascom.get("/console/incidents/" + id + "/dossier.csv");

    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
        assertThat(value).startsWith("attachment").contains("dossie.json"));
    JsonNode dossier = JSON.readTree(json.body());
    assertThat(dossier.path("incident").path("id").asString()).isEqualTo(id);
    assertThat(dossier.path("compliance").path("missing").get(0).asString()).isEqualTo("6.3");
    assertThat(dossier.path("timeline")).hasSize(3);
    assertThat(dossier.path("timeline").get(0).path("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(dossier.path("timeline").get(1).hasNonNull("traceId")).isFalse();
    assertThat(dossier.path("notifications").get(0).path("text").path("whatsapp").asString()).isEqualTo("*PRODEST Informa*");
    assertThat(dossier.path("notifications").get(0).path("templateVersion").asString()).isEqualTo("0123456789ab");
    assertThat(dossier.path("notifications").get(0).path("deliveries").get(0).path("status").asString()).isEqualTo("DELIVERED");

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWithIgnoringCase("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
        assertThat(value).startsWith("attachment").contains("dossie.csv"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("sequence,kind,occurredAt,type,userId,role,organ,origin,commandId,notificationId,messageId,details");
    // the header, the incident, its compliance, three timeline entries, one notification
    assertThat(lines).hasSize(7);
    assertThat(lines[1]).startsWith(",incident,2025-03-10T12:00:00Z,Incident,");
    assertThat(lines[2]).startsWith(",compliance,");
    assertThat(lines[3]).startsWith("1,event,2025-03-10T12:00:00Z,IncidentReported,notifier-sesa,NOTIFIER,SESA");
    assertThat(lines[5]).startsWith(",delivery,2025-03-10T12:20:00Z,DeliverySucceeded,");
    assertThat(lines[6]).startsWith(",notification,").contains("n-1,6.3,").contains("0123456789ab");
  }

  @Test
  void an_unknown_incident_is_a_404_page_in_portuguese() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id).willReturn(com.github.tomakehurst.wiremock.client.WireMock.notFound()));

    ConsoleSession.Page page = signedIn("team").get("/console/incidents/" + id + "/audit");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("Incidente " + id + " não encontrado.");
  }

  private ConsoleSession signedIn(String user) {
    ConsoleSession browser = new ConsoleSession(port);
    browser.signIn(user, PASSWORD);
    return browser;
  }

  private static String row(String id, String status, String required, String missing, long ack, long verdict) {
    String requiredObjects = required.replaceAll("\"([^\"]+)\"", "{\"messageId\":\"$1\",\"why\":\"norma\"}");
    return """
        {"incidentId":"%s","status":"%s","component":"SIGEFES","reportedAt":"2026-11-10T12:00:00Z",
         "required":[%s],"messages":[],"missing":[%s],
         "timings":{"reportToAcknowledgementSeconds":%d,"reportToTriageSeconds":%d,"reportToRestorationMessageSeconds":null}}
        """.formatted(id, status, requiredObjects, missing, ack, verdict);
  }

  private static String stubDossier() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(Incidents.json(id, "SESA", 3))));
    services.stubFor(get("/internal/incidents/" + id + "/compliance").willReturn(okJson("""
        {"incidentId":"%s","status":"CONFIRMED_GENERAL","component":"SIGEFES","reportedAt":"2025-03-10T12:00:00Z",
         "required":[{"messageId":"6.1","why":"relato pelo grupo (NPI-007 5.2.1.1)","dueAt":"2025-03-10T12:15:00Z"},
                     {"messageId":"6.3","why":"veredito geral","dueAt":"2025-03-10T13:00:00Z"},
                     {"messageId":"6.4","why":"serviço restabelecido","dueAt":"2025-03-10T13:30:00Z"}],
         "messages":[{"messageId":"6.1","notificationId":"n-0","status":"APPROVED","renderedAt":"2025-03-10T12:01:00Z",
                      "deliveredAt":"2025-03-10T12:02:00Z"}],
         "missing":["6.3"],"overdue":[{"messageId":"6.3","dueAt":"2025-03-10T13:00:00Z","lateSeconds":7200}],
         "pending":[{"messageId":"6.4","dueAt":"2025-03-10T13:30:00Z"}],
         "timings":{"reportToAcknowledgementSeconds":120,"reportToTriageSeconds":null,
         "reportToRestorationMessageSeconds":null}}
        """.formatted(id))));
    services.stubFor(get("/internal/incidents/" + id + "/timeline").willReturn(okJson("""
        [{"sequence":1,"kind":"event","eventId":"e-1","type":"IncidentReported","occurredAt":"2025-03-10T12:00:00Z",
          "actor":{"userId":"notifier-sesa","role":"NOTIFIER","organ":"SESA"},"origin":"API","commandId":"c-1",
          "details":{"component":"SIGEFES"},"traceId":"4bf92f3577b34da6a3ce929d0e0e4736"},
         {"sequence":null,"kind":"message","eventId":"m-1","type":"MessageRendered","occurredAt":"2025-03-10T12:10:00Z",
          "actor":{"userId":"notification-service","role":"SYSTEM","organ":null},"origin":"SYSTEM","commandId":"c-2",
          "notificationId":"n-1","messageId":"6.3","details":{"templateVersion":"0123456789ab"}},
         {"sequence":null,"kind":"delivery","eventId":"d-1","type":"DeliverySucceeded","occurredAt":"2025-03-10T12:20:00Z",
          "actor":{"userId":"notification-service","role":"SYSTEM","organ":null},"origin":"SYSTEM","commandId":"c-3",
          "notificationId":"n-1","messageId":"6.3","details":{"channel":"WHATSAPP"}}]
        """)));
    String notification = """
        {"id":"n-1","type":"6.3","title":"PRODEST Informa: Aviso de Indisponibilidade","incidentId":"%s",
         "status":"APPROVED","templateVersion":"0123456789ab","renderedAt":"2025-03-10T12:10:00Z",
         "text":{"whatsapp":"*PRODEST Informa*"},"version":2,
         "history":[{"sequence":1,"type":"MessageRendered","occurredAt":"2025-03-10T12:10:00Z",
                     "actor":{"userId":"notification-service","role":"SYSTEM","organ":null}},
                    {"sequence":2,"type":"MessageApproved","occurredAt":"2025-03-10T12:15:00Z",
                     "actor":{"userId":"ascom","role":"ASCOM","organ":null}}],
         "deliveries":[{"deliveryId":"d-1","channel":"WHATSAPP","provider":"cloud-api","recipient":"grupo-sesa",
                        "status":"DELIVERED","attempts":1,"lastReason":null}]}
        """.formatted(id);
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).withQueryParam("incidentId", equalTo(id))
        .willReturn(okJson("[" + notification + "]")));
    services.stubFor(get("/internal/notifications/n-1").willReturn(okJson(notification)));
    return id;
  }
}
