package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.status.StatusCache;
import com.github.tomakehurst.wiremock.http.Fault;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The public status page (issue 12), served from the notification-service's status read model
 * (WireMock here): no sign-in, no script, Brazilian words and times, feeds, a JSON summary, and
 * conditional GETs.
 */
class StatusPageTest extends GatewayTestSupport {

  /** The service's answer, with fields outside the public contract that must never be shown. */
  private static final String STATUS = """
      {"lastChangedAt":"2026-12-04T17:35:00Z","overall":"UNAVAILABLE","saNumber":"SA-999",
       "components":[
         {"slug":"portal-do-servidor","name":"Portal do Servidor","group":"Portais","state":"OPERATIONAL","since":null},
         {"slug":"sistema-e-docs","name":"Sistema e-Docs","group":"Sistemas corporativos","state":"UNAVAILABLE",
          "since":"2026-12-04T17:30:00Z","organ":"SESA"},
         {"slug":"siga","name":"SIGA","group":"Sistemas corporativos","state":"UNDER_MAINTENANCE","since":"2026-12-04T16:00:00Z"}],
       "incidents":[{"id":"i-1","component":{"slug":"sistema-e-docs","name":"Sistema e-Docs"},"state":"UNAVAILABLE",
         "startedAt":"2026-12-04T17:30:00Z","restoredAt":null,"reportedBy":"Maria da Silva","saNumber":"SA-123",
         "description":"descrição interna do órgão",
         "updates":[{"id":"n-1","message":"6.3","title":"Indisponibilidade do Sistema e-Docs",
           "text":"O Sistema e-Docs está indisponível. A equipe já trabalha na solução.",
           "publishedAt":"2026-12-04T17:35:00Z","approvedBy":"ascom-joana"}]}],
       "maintenances":[{"id":"m-1","component":{"slug":"siga","name":"SIGA"},"state":"IN_PROGRESS",
         "start":"2026-12-04T16:00:00Z","end":"2026-12-04T20:00:00Z"},
         {"id":"m-2","component":{"slug":"portal-do-servidor","name":"Portal do Servidor"},"state":"SCHEDULED",
         "start":"2026-12-06T01:00:00Z","end":"2026-12-06T05:00:00Z"}]}
      """;

  private static final String INCIDENT_UPDATE = """
      {"id":"n-1","kind":"INCIDENT_UPDATE","component":{"slug":"sistema-e-docs","name":"Sistema e-Docs"},
        "title":"Indisponibilidade do Sistema e-Docs","text":"O Sistema e-Docs está indisponível.",
        "publishedAt":"2026-12-04T17:35:00Z","incidentId":"i-1","saNumber":"SA-123"}""";

  private static final String UPDATES = "[" + INCIDENT_UPDATE + "," + """
       {"id":"m-2/SCHEDULED","kind":"MAINTENANCE","component":{"slug":"portal-do-servidor","name":"Portal do Servidor"},
        "title":"Manutenção programada do Portal do Servidor",
        "text":"Manutenção programada de 05/12/2026 22:00 a 06/12/2026 02:00.",
        "publishedAt":"2026-12-03T12:00:00Z","maintenanceId":"m-2"}]
      """;

  @Autowired
  StatusCache statusCache;

  @BeforeEach
  void freshAnswers() {
    statusCache.clear();
  }

  @Test
  void the_page_needs_no_sign_in_and_says_everything_in_portuguese_without_script() {
    services.stubFor(get(urlPathEqualTo("/internal/status")).willReturn(okJson(STATUS)));

    Response page = getAs(null, "/status");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("Serviços indisponíveis", "Indisponível", "Em manutenção", "Operacional",
        "class=\"etiqueta indisponivel\"", "class=\"etiqueta manutencao\"", "class=\"etiqueta ok\"",
        "O Sistema e-Docs está indisponível. A equipe já trabalha na solução.",
        "04/12/2026 14:35", "04/12/2026 13:00", "04/12/2026 17:00", "05/12/2026 22:00",
        "Sistemas corporativos", "href=\"/status/components/sistema-e-docs\"",
        "rel=\"alternate\" type=\"application/atom+xml\"", "href=\"/status/feed.atom\"",
        "lang=\"pt-BR\"", "/assets/console.css");
    assertThat(page.body()).doesNotContain("<script", "style=\"", "SA-123", "SA-999", "Maria da Silva", "SESA",
        "descrição interna", "ascom-joana", "Sair");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(page.headers().firstValue("Cache-Control")).contains("public, max-age=15");
  }

  @Test
  void everything_operational_is_said_in_the_banner() {
    services.stubFor(get(urlPathEqualTo("/internal/status")).willReturn(okJson("""
        {"lastChangedAt":"2026-12-04T17:35:00Z","overall":"OPERATIONAL",
         "components":[{"slug":"siga","name":"SIGA","group":null,"state":"OPERATIONAL","since":null}],
         "incidents":[],"maintenances":[]}
        """)));

    Response page = getAs(null, "/status");

    assertThat(page.body()).contains("Todos os serviços operando normalmente", "Nenhum incidente em andamento.",
        "Nenhuma manutenção programada.", "Outros serviços");
  }

  @Test
  void an_unchanged_page_is_a_304_without_body() {
    services.stubFor(get(urlPathEqualTo("/internal/status")).willReturn(okJson(STATUS)));
    Response first = getAs(null, "/status");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

    Response byTag = send(request(null, "/status").header("If-None-Match", etag));
    Response byDate = send(request(null, "/status").header("If-Modified-Since", lastModified));
    Response otherTag = send(request(null, "/status").header("If-None-Match", "\"outra\""));

    assertThat(lastModified).isEqualTo("Fri, 04 Dec 2026 17:35:00 GMT");
    assertThat(byTag.status()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).contains(etag);
    assertThat(byDate.status()).isEqualTo(304);
    assertThat(otherTag.status()).isEqualTo(200);
  }

  @Test
  void a_component_page_shows_90_days_as_bars_and_as_a_table() {
    services.stubFor(get(urlPathEqualTo("/internal/status/components/sistema-e-docs")).willReturn(okJson(component())));

    Response page = getAs(null, "/status/components/sistema-e-docs");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(count(page.body(), "<li class=\"dia ")).isEqualTo(90);
    assertThat(count(page.body(), "<li class=\"dia ok\"")).isEqualTo(88);
    assertThat(page.body()).contains("<li class=\"dia parcial\" title=\"03/12/2026: 97,57 % disponível, 35 min indisponível\"",
        "<li class=\"dia grave\"", "<th scope=\"col\">Minutos indisponível</th>", "<td>35</td>", "<td>97,57 %</td>",
        "<td>91,67 %</td>", "06/09/2026", "Restabelecido", "Concluída", "04/12/2026 14:35",
        "href=\"/status/components/sistema-e-docs/feed.atom\"", "Disponibilidade no período: <strong>99,88 %</strong>");
    assertThat(page.body()).doesNotContain("<script", "style=\"", "SA-123");
    assertThat(page.headers().firstValue("ETag")).isPresent();
  }

  @Test
  void a_component_that_is_not_public_is_a_404_page() {
    services.stubFor(get(urlPathEqualTo("/internal/status/components/rede-de-dados")).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", PROBLEM_JSON).withBody("{\"status\":404,\"code\":\"NOT_FOUND\"}")));

    Response hidden = getAs(null, "/status/components/rede-de-dados");
    Response malformed = getAs(null, "/status/components/N%C3%A3o_existe");

    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.contentType()).startsWith("text/html");
    assertThat(hidden.body()).contains("Página não encontrada", "Não há serviço público");
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(malformed.contentType()).startsWith("text/html");
    services.verify(0, getRequestedFor(urlPathMatching("/internal/status/components/N.*")));
  }

  @Test
  void the_feeds_are_atom_with_one_entry_per_update() throws Exception {
    services.stubFor(get(urlPathEqualTo("/internal/status")).willReturn(okJson(STATUS)));
    services.stubFor(get(urlPathEqualTo("/internal/status/updates")).willReturn(okJson(UPDATES)));
    services.stubFor(get(urlPathEqualTo("/internal/status/components/sistema-e-docs")).willReturn(okJson(component())));
    services.stubFor(get(urlPathEqualTo("/internal/status/updates")).withQueryParam("component", equalTo("sistema-e-docs"))
        .willReturn(okJson("[" + INCIDENT_UPDATE + "]")));

    Response all = getAs(null, "/status/feed.atom");
    Response one = getAs(null, "/status/components/sistema-e-docs/feed.atom");

    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat(all.contentType()).startsWith("application/atom+xml");
    SyndFeed feed = new SyndFeedInput().build(new StringReader(all.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
        .containsExactly("urn:npi007:status:n-1", "urn:npi007:status:m-2/SCHEDULED");
    assertThat(feed.getEntries().get(1).getContents().get(0).getValue())
        .isEqualTo("Manutenção programada de 05/12/2026 22:00 a 06/12/2026 02:00.");
    assertThat(feed.getEntries().get(0).getLink()).endsWith("/status/components/sistema-e-docs");
    assertThat(all.body()).doesNotContain("SA-123");
    assertThat(all.headers().firstValue("ETag")).isPresent();

    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.contentType()).startsWith("application/atom+xml");
    SyndFeed component = new SyndFeedInput().build(new StringReader(one.body()));
    assertThat(component.getTitle()).contains("Sistema e-Docs");
    assertThat(component.getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:npi007:status:n-1");
    assertThat(send(request(null, "/status/feed.atom")
        .header("If-None-Match", all.headers().firstValue("ETag").orElseThrow())).status()).isEqualTo(304);
  }

  @Test
  void the_json_summary_has_only_the_public_fields() {
    services.stubFor(get(urlPathEqualTo("/internal/status")).willReturn(okJson(STATUS)));

    Response response = getAs(null, "/api/v1/status");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode summary = response.json();
    assertThat(summary.path("overall").asString()).isEqualTo("UNAVAILABLE");
    assertThat(summary.path("components")).hasSize(3);
    assertThat(summary.path("components").get(1).path("state").asString()).isEqualTo("UNAVAILABLE");
    assertThat(summary.path("incidents").get(0).path("updates").get(0).path("text").asString())
        .startsWith("O Sistema e-Docs está indisponível.");
    assertThat(summary.path("maintenances").get(0).path("start").asString()).isEqualTo("2026-12-04T16:00:00Z");
    assertThat(response.body()).doesNotContain("SA-123", "SA-999", "Maria da Silva", "SESA", "ascom-joana", "descrição");
    assertThat(response.headers().firstValue("ETag")).isPresent();
  }

  @Test
  void a_service_that_is_down_is_a_503_page_and_a_503_problem() {
    services.stubFor(get(urlPathEqualTo("/internal/status")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Response page = getAs(null, "/status");
    Response api = getAs(null, "/api/v1/status");

    assertThat(page.status()).isEqualTo(503);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("Status indisponível no momento", "Tente novamente em instantes.")
        .doesNotContain("<script");
    api.assertProblem(503, "SERVICE_UNAVAILABLE");
  }

  private static int count(String text, String fragment) {
    return (int) Pattern.compile(Pattern.quote(fragment)).matcher(text).results().count();
  }

  /** 90 days ending 04/12/2026: 35 min out on the 3rd, 2 h on the 4th (the open incident). */
  private static String component() {
    LocalDate today = LocalDate.of(2026, 12, 4);
    String history = IntStream.range(0, 90).mapToObj(i -> {
      LocalDate date = today.minusDays(89 - i);
      int minutes = date.equals(today) ? 120 : date.equals(today.minusDays(1)) ? 35 : 0;
      String availability = minutes == 120 ? "91.67" : minutes == 35 ? "97.57" : "100.00";
      return "{\"date\":\"" + date + "\",\"minutesUnavailable\":" + minutes + ",\"availability\":" + availability + "}";
    }).collect(Collectors.joining(","));
    return """
        {"lastChangedAt":"2026-12-04T17:35:00Z",
         "component":{"slug":"sistema-e-docs","name":"Sistema e-Docs","group":"Sistemas corporativos",
           "state":"UNAVAILABLE","since":"2026-12-04T17:30:00Z"},
         "history":[%s],
         "incidents":[{"id":"i-1","component":{"slug":"sistema-e-docs","name":"Sistema e-Docs"},"state":"UNAVAILABLE",
           "startedAt":"2026-12-04T17:30:00Z","restoredAt":null,"saNumber":"SA-123",
           "updates":[{"id":"n-1","message":"6.3","title":"Indisponibilidade","text":"Fora do ar.",
             "publishedAt":"2026-12-04T17:35:00Z"}]},
          {"id":"i-0","component":{"slug":"sistema-e-docs","name":"Sistema e-Docs"},"state":"RESTORED",
           "startedAt":"2026-12-03T12:00:00Z","restoredAt":"2026-12-03T12:35:00Z","updates":[]}],
         "maintenances":[{"id":"m-0","component":{"slug":"sistema-e-docs","name":"Sistema e-Docs"},"state":"COMPLETED",
           "start":"2026-11-20T01:00:00Z","end":"2026-11-20T03:00:00Z"}]}
        """.formatted(history);
  }
}
