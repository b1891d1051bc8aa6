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
