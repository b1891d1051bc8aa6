package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The team's incident board (issue 12): open incidents by status, in the lifecycle's order, the oldest first. */
class ConsoleIncidentBoardTest extends GatewayTestSupport {

  static String incident(String id, String status, String component, String organ, String saNumber, String reportedAt) {
    return """
        {"id":"%s","status":"%s","component":"%s","organ":"%s","description":"Fora do ar",
         "source":"WHATSAPP_GROUP","reportedBy":"Maria","saNumber":%s,"version":2,
         "reportedAt":"%s","updatedAt":"%s","verdict":null,"impact":null,"affectedOrgan":null,
         "maintenanceId":null,"closed":false}
        """.formatted(id, status, component, organ, saNumber == null ? "null" : "\"" + saNumber + "\"", reportedAt,
        reportedAt);
  }

  @Test
  void the_board_groups_open_incidents_by_status_in_lifecycle_order_oldest_first() {
    // the incident-service answers newest first
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("["
        + incident("i-4", "CONFIRMED_GENERAL", "Portal da Saúde", "SESA", "SA-9", "2025-03-10T15:00:00Z") + ","
        + incident("i-3", "UNDER_ANALYSIS", "SIGEFES novo", "SEFAZ", "SA-7", "2025-03-10T14:00:00Z") + ","
        + incident("i-2", "REPORTED", "E-Docs", "SESA", null, "2025-03-10T13:00:00Z") + ","
        + incident("i-1", "UNDER_ANALYSIS", "SIGEFES antigo", "SEFAZ", "SA-5", "2025-03-10T12:00:00Z") + "]")));
    ConsoleSession browser = new ConsoleSession(port);
    browser.signIn("team", PASSWORD);

    ConsoleSession.Page board = browser.get("/console/incidents");

    assertThat(board.status()).as(board.body()).isEqualTo(200);
    String html = board.body();
    assertThat(html).contains("4 incidentes em aberto.", "Grupo de WhatsApp", "SA-7", "10/03/2025 09:00",
        "href=\"/console/incidents/i-1\"");
    assertThat(html.indexOf("Relatado")).isLessThan(html.indexOf("Em análise"));
    assertThat(html.indexOf("Em análise")).isLessThan(html.indexOf("Confirmado para todos os órgãos"));
    assertThat(html.indexOf("SIGEFES antigo")).isLessThan(html.indexOf("SIGEFES novo"));
    assertThat(html).doesNotContain("Aguardando SA", "mais incidentes");
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents")).withQueryParam("open", equalTo("true")));
  }

  // Issue 15: a team user of a unit sees its unit's incidents first in each section; the unit filter is passed on
  @Test
  void a_team_user_of_a_unit_sees_its_units_incidents_first_and_may_filter_by_unit() {
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("["
        + inUnit(incident("i-3", "UNDER_ANALYSIS", "Portal GEITIC", "SESA", null, "2025-03-10T14:00:00Z"), "GEITIC") + ","
        + inUnit(incident("i-2", "UNDER_ANALYSIS", "SIGEFES GESIT", "SEFAZ", null, "2025-03-10T13:00:00Z"), "GESIT") + ","
        + incident("i-1", "UNDER_ANALYSIS", "E-Docs sem unidade", "SESA", null, "2025-03-10T12:00:00Z") + "]")));
    ConsoleSession geitic = new ConsoleSession(port);
    geitic.signIn("team-geitic", PASSWORD);
    ConsoleSession team = new ConsoleSession(port);
    team.signIn("team", PASSWORD);

    String own = geitic.get("/console/incidents").body();
    String unitless = team.get("/console/incidents").body();
    assertThat(geitic.get("/console/incidents?unidade=GESIT").status()).isEqualTo(200);

    assertThat(own).contains("Os incidentes da GEITIC aparecem primeiro");
    assertThat(own.indexOf("Portal GEITIC")).isLessThan(own.indexOf("E-Docs sem unidade"));
    assertThat(own.indexOf("E-Docs sem unidade")).isLessThan(own.indexOf("SIGEFES GESIT"));
    assertThat(unitless).doesNotContain("aparecem primeiro");
    assertThat(unitless.indexOf("E-Docs sem unidade")).isLessThan(unitless.indexOf("SIGEFES GESIT"));
    assertThat(unitless.indexOf("SIGEFES GESIT")).isLessThan(unitless.indexOf("Portal GEITIC"));
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents")).withQueryParam("unit", equalTo("GESIT")));
  }

  private static String inUnit(String incident, String unit) {
    return incident.replace("\"maintenanceId\":null", "\"maintenanceId\":null,\"unit\":\"" + unit + "\"");
  }

  @Test
  void the_filter_passes_component_and_organ_on_and_a_longer_list_says_there_is_more() {
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("["
        + incident("i-1", "REPORTED", "E-Docs", "SESA", null, "2025-03-10T12:00:00Z") + "]")
        .withHeader("Npi007-Next-Cursor", "abc")));
    ConsoleSession browser = new ConsoleSession(port);
    browser.signIn("management", PASSWORD);

    ConsoleSession.Page board = browser.get("/console/incidents?component=E-Docs&organ=SESA");

    assertThat(board.status()).as(board.body()).isEqualTo(200);
    assertThat(board.body()).contains("mais incidentes");
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents"))
        .withQueryParam("component", equalTo("E-Docs")).withQueryParam("organ", equalTo("SESA"))
        .withQueryParam("open", equalTo("true")));
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents")).withQueryParam("cursor", equalTo("abc")));
  }

  @Test
  void a_notifier_may_not_see_the_board_and_a_stranger_is_sent_to_sign_in() {
    ConsoleSession notifier = new ConsoleSession(port);
    notifier.signIn("notifier-sesa", PASSWORD);

    assertThat(notifier.get("/console/incidents").status()).isEqualTo(403);
    assertThat(new ConsoleSession(port).get("/console/incidents").location()).endsWith("/login");
  }
}
