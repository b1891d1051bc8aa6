package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The norm's flow across roles, each person in a browser of their own, against the whole standalone
 * system (issue 12): a notifier reports; ASCOM sees 6.1 appear without reloading, edits and approves
 * it; the team links the SA and confirms for all; ASCOM approves 6.3; the public page (JavaScript
 * off) shows the component unavailable with the 6.3 text; the team restores; ASCOM approves 6.4; the
 * component is operational again, and the feed carries both updates. Then a maintenance requested in
 * the calendar appears on the public page once announced.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NormFlowBrowserTest {

  private static final String COMPONENT = "Sistema e-Docs";
  private static final String SLUG = "sistema-e-docs";
  private static final String IMPACT = "Tramitação de documentos indisponível para todos os órgãos";
  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

  private RunningSystem system;
  private Browser notifier;
  private Browser ascom;
  private Browser team;
  private Browser citizen;

  @BeforeAll
  void peopleOpenTheirBrowsers() {
    system = SharedSystem.get();
    // 6.5 goes by e-mail to the organs that have an address: PRODEST's, for this run (written as .eml files)
    assertThat(system.put("admin", "/api/v1/organs/PRODEST",
        "{\"name\":\"Instituto de Tecnologia da Informação e Comunicação do Estado do Espírito Santo\","
            + "\"emails\":[\"ti@prodest.es.gov.br\"]}").statusCode()).isIn(200, 201);
    notifier = Browser.open(system.gatewayUrl()).signIn("notifier-sesa", RunningSystem.PASSWORD);
    ascom = Browser.open(system.gatewayUrl()).signIn("ascom", RunningSystem.PASSWORD);
    team = Browser.open(system.gatewayUrl()).signIn("team", RunningSystem.PASSWORD);
    citizen = Browser.withoutJavaScript(system.gatewayUrl());
  }

  @AfterAll
  void theyCloseThem() {
    for (Browser browser : new Browser[] {notifier, ascom, team, citizen}) {
      if (browser != null) {
        browser.close();
      }
    }
  }

  @Test
  void anIncidentFromTheReportToTheRestorationAcrossRolesAndThePublicPage() throws Exception {
    ascom.go("/console/outbox");

    String incident = report();
    By receipt = pendingMessage("6.1", incident);
    new WebDriverWait(ascom.driver(), Duration.ofSeconds(60)).until(driver -> !driver.findElements(receipt).isEmpty());
    ascom.screenshot("fluxo-01-caixa-de-saida-com-6.1");
    ascom.follow(receipt, Duration.ofSeconds(30));
    editAndApprove(ascom, " Obrigado pelo aviso.");

    team.go("/console/incidents/" + incident);
    team.find("#sa-numero").sendKeys("2026123456");
    team.submit(team.find("form[action$='/service-request'] button[type=submit]"));
    assertThat(flash(team)).contains("SA");
    team.find("#veredito-geral").click();
    team.find("#triagem-impacto").sendKeys(IMPACT);
    team.submit(team.find("form[action$='/triage'] button[type=submit]"));
    team.screenshot("fluxo-02-incidente-confirmado");
    team.accessibility("página do incidente confirmado");

    ascom.go("/console/outbox");
    ascom.follow(pendingMessage("6.3", incident), Duration.ofSeconds(60));
    ascom.accessibility("mensagem 6.3 na caixa de saída");
    ascom.submit(ascom.find("form[action$='/approval'] button[type=submit]"));

    citizenSees("/status", "Indisponível", IMPACT);
    assertThat(citizen.text()).doesNotContain("2026123456").doesNotContain("Maria");
    citizen.screenshot("fluxo-03-status-indisponivel");

    team.go("/console/incidents/" + incident);
    team.find("#restabelecimento-nota").sendKeys("Servidor de aplicação reiniciado");
    team.script("document.querySelector(\"form[action$='/restoration']\").removeAttribute('data-confirm')");
    team.submit(team.find("form[action$='/restoration'] button[type=submit]"));

    ascom.go("/console/outbox");
    ascom.follow(pendingMessage("6.4", incident), Duration.ofSeconds(60));
    ascom.submit(ascom.find("form[action$='/approval'] button[type=submit]"));

    citizenSees("/status/components/" + SLUG, "Serviço Restabelecido", IMPACT);
    citizen.screenshot("fluxo-04b-componente-restabelecido");
    // the gateway keeps the service's answer a moment (2 s): the page turns operational right after
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
      citizen.go("/status");
      assertThat(componentState(citizen)).isEqualTo("Operacional");
    });
    citizen.screenshot("fluxo-04-status-operacional");
    team.go("/console/incidents/" + incident + "/audit");
    assertThat(team.text()).contains("Auditoria do incidente", "Serviço restabelecido", "2026123456");
    team.accessibility("página de auditoria do incidente");
    team.screenshot("fluxo-04c-auditoria");
    List<String> titles = feedTitles("/status/components/" + SLUG + "/feed.atom");
    assertThat(titles).anyMatch(title -> title.contains("Aviso de Indisponibilidade"))
        .anyMatch(title -> title.contains("Serviço Restabelecido"));
  }

  @Test
  void aMaintenanceRequestedInTheCalendarIsAnnouncedOnThePublicPage() {
    LocalDate day = LocalDate.now(SAO_PAULO).plusDays(3);
    team.go("/console/maintenances");
    team.find("#manutencao-componente").sendKeys("Portal do Servidor");
    team.script("arguments[0].value = arguments[1]", team.find("#manutencao-inicio"), day + "T22:00");
    team.script("arguments[0].value = arguments[1]", team.find("#manutencao-fim"), day + "T23:30");
    team.find("#indisponivel-sim").click();
    team.submit(team.find("form[action$='/console/maintenances'] button[type=submit]"));
    assertThat(team.find("[role=status]").getText()).isNotBlank();
    team.screenshot("fluxo-05-manutencao-solicitada");

    ascom.go("/console/outbox");
    ascom.follow(By.xpath("//section[@id='pendentes']//tr[td[1]='6.5']//td[2]/a"), Duration.ofSeconds(60));
    ascom.submit(ascom.find("form[action$='/approval'] button[type=submit]"));

    String window = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    citizenSees("/status", "Portal do Servidor", window + " 22:00");
    citizen.screenshot("fluxo-06-status-manutencao-programada");
  }

  /** The notifier reports through the organ's page and lands on the incident's page; its id. */
  private String report() {
    notifier.go("/console/organ");
    notifier.find("#component").sendKeys(COMPONENT);
    notifier.find("#description").sendKeys("Não abre a tela de login");
    notifier.find("#reportedBy").sendKeys("Maria da Penha");
    notifier.submit(notifier.find("form[action$='/console/organ/incidents'] button[type=submit]"));
    assertThat(notifier.path()).startsWith("/console/incidents/");
    notifier.screenshot("fluxo-00-relato-do-orgao");
    return notifier.path().substring("/console/incidents/".length());
  }

  /** The link to a message in the pending list, which htmx polls without reloading the page. */
  private static By pendingMessage(String type, String incident) {
    return By.xpath("//section[@id='pendentes']//tr[td[1]='" + type + "' and .//a[contains(@href, '/console/incidents/"
        + incident + "')]]//td[2]/a");
  }

  private static void editAndApprove(Browser browser, String addition) {
    WebElement whatsapp = browser.find("#edicao-whatsapp");
    whatsapp.sendKeys(org.openqa.selenium.Keys.END, addition);
    browser.screenshot("fluxo-01b-revisao-da-6.1");
    browser.accessibility("revisão da mensagem 6.1");
    browser.submit(browser.find("form[action$='/approval'] button[type=submit]"));
    assertThat(flash(browser)).isNotBlank();
    assertThat(browser.text()).contains(addition.strip());
  }

  private static String flash(Browser browser) {
    return browser.find(".avisos").getText();
  }

  /** The public, without JavaScript, reloads the page until it shows what the system has done. */
  private void citizenSees(String path, String... texts) {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
      citizen.go(path);
      assertThat(citizen.text()).contains(texts);
    });
  }

  private static String componentState(Browser browser) {
    return browser.find("[data-component='" + SLUG + "'] .etiqueta").getText();
  }

  private List<String> feedTitles(String path) throws Exception {
    HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(system.gatewayUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(answer.body())));
    assertThat(feed.getFeedType()).startsWith("atom");
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("2026123456");
    return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
  }
}
