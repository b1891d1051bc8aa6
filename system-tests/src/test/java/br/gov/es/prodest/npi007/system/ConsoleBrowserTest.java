package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.system.ConsoleRoles.Page;
import br.gov.es.prodest.npi007.system.ConsoleRoles.Role;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console's door in a real browser (issue 12), against the whole standalone system: people
 * sign in through the form and land on their role's work, every page they reach passes axe-core and
 * is photographed, no role opens another's page, and a form without its CSRF token is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

  /** What the console answers a role that opens another role's page, or a form without its token. */
  private static final String FORBIDDEN = "Seu perfil não tem permissão para esta página ou ação.";
  private static final String STALE_FORM = "código de segurança desta sessão (CSRF)";

  private RunningSystem system;
  private Browser browser;
  private long startedAt;

  @BeforeAll
  void startTheSystemAndTheBrowser() {
    startedAt = System.nanoTime();
    system = SharedSystem.get();
    browser = Browser.open(system.gatewayUrl());
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
    System.out.printf("ConsoleBrowserTest: %d s, the system's start (if this suite was the first) and the browser included%n",
        Duration.ofNanos(System.nanoTime() - startedAt).toSeconds());
  }

  @BeforeEach
  void signedOut() {
    browser.forgetSession();
  }

  @ParameterizedTest(name = "{0} entra pelo formulário e chega à sua página")
  @CsvSource({"ascom", "team", "notifier-sesa", "management", "admin"})
  void eachRoleSignsInThroughTheFormAndLandsOnItsHome(String user) {
    Role role = ConsoleRoles.ALL.stream().filter(candidate -> candidate.user().equals(user)).findFirst().orElseThrow();

    browser.signIn(user, RunningSystem.PASSWORD);

    assertThat(browser.path()).isEqualTo(role.home());
  }

  @Test
  void aWrongPasswordIsRefusedInPortugueseAndTheErrorPageIsAccessible() {
    browser.signIn("ascom", "senha-errada");

    assertThat(browser.path()).isEqualTo("/login?erro");
    assertThat(browser.find("[role=alert]").getText()).isEqualTo("Usuário ou senha incorretos.");
    browser.screenshot("entrada-senha-errada");
    browser.accessibility("entrada com senha errada");
    assertThat(browser.statusOf("/console")).as("still signed out: the console sends to /login").isEqualTo(302);
  }

  @TestFactory
  Stream<DynamicNode> everyPageIsAccessibleAndPhotographed() {
    Stream<DynamicNode> open = ConsoleRoles.PUBLIC.stream()
        .map(page -> DynamicTest.dynamicTest(page.path(), () -> {
          browser.forgetSession();
          check(page, "publico-" + page.name());
        }));
    Stream<DynamicNode> signedIn = ConsoleRoles.ALL.stream()
        .map(role -> DynamicContainer.dynamicContainer(role.user(), role.pages().stream()
            .map(page -> DynamicTest.dynamicTest(page.path(), () -> {
              browser.forgetSession().signIn(role.user(), RunningSystem.PASSWORD);
              check(page, role.user() + "-" + page.name());
            }))));
    return Stream.concat(open, signedIn);
  }

  /** Scans and photographs a page. */
  private void check(Page page, String screenshot) {
    assertThat(browser.statusOf(page.path())).as(page.path()).isEqualTo(200);
    browser.go(page.path());
    assertThat(browser.path()).isEqualTo(page.path());
    browser.screenshot(screenshot);
    browser.accessibility(page.path());
  }

  @ParameterizedTest(name = "{0} não abre {1}")
  @CsvSource({
      "team, /console/outbox",
      "notifier-sesa, /console/incidents",
      "notifier-sesa, /console/compliance",
      "ascom, /console/admin/organs",
      "management, /console/outbox",
      "management, /console/group",
      "team, /console/organ",
      "admin, /console/organ"})
  void aRoleCannotOpenAnotherRolesPage(String user, String path) {
    browser.signIn(user, RunningSystem.PASSWORD);

    browser.go(path);

    // a page in Portuguese, not the API's problem document
    assertThat(browser.statusOf(path)).isEqualTo(403);
    assertThat(browser.path()).as("no redirect: the page is refused where it is").isEqualTo(path);
    assertThat(browser.text()).contains(FORBIDDEN);
    browser.accessibility("página recusada a " + user);
    browser.screenshot("proibido-" + user + path.replace('/', '-'));
  }

  @Test
  void signedOutTheConsoleSendsToTheSignInPage() {
    browser.go("/console/outbox");

    assertThat(browser.path()).isEqualTo("/login");
  }

  @Test
  void theSignInFormWithoutItsCsrfTokenIsRefused() {
    browser.go("/login");
    browser.script("document.querySelector('input[name=_csrf]').remove()");
    browser.find("#username").sendKeys("ascom");
    browser.find("#password").sendKeys(RunningSystem.PASSWORD);

    browser.submit(browser.find("form[action$='/login'] button[type=submit]"));

    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.text()).contains(STALE_FORM);
    browser.accessibility("formulário recusado sem CSRF");
    browser.screenshot("csrf-entrada-sem-token");
    assertThat(browser.statusOf("/console")).as("not signed in").isEqualTo(302);
  }

  @Test
  void aPostWithoutTheCsrfHeaderIsRefusedAndTheSameWithItIsNot() {
    browser.signIn("team", RunningSystem.PASSWORD).go("/login");
    String post = "const headers = {'Content-Type': 'application/x-www-form-urlencoded'};"
        + "if (arguments[0]) { headers[document.querySelector('meta[name=csrf-header]').content] ="
        + " document.querySelector('meta[name=csrf-token]').content; }"
        + "return fetch('/logout', {method: 'POST', credentials: 'same-origin', headers: headers, body: ''})"
        + ".then(r => r.status);";
    String signedIn = "return fetch('/console', {credentials: 'same-origin'})"
        + ".then(r => new URL(r.url).pathname === '/login' ? 0 : 1);";

    assertThat(browser.awaitNumber(post, false)).as("sign-out without the token").isEqualTo(403);
    assertThat(browser.awaitNumber(signedIn)).as("still signed in").isEqualTo(1);
    assertThat(browser.awaitNumber(post, true)).as("sign-out with the token, then /login?saiu").isEqualTo(200);
    assertThat(browser.awaitNumber(signedIn)).as("signed out").isEqualTo(0);
  }

  /** The harness's own check: a scan that found nothing on the pages above must be able to find something. */
  @Test
  void theScanFailsOnAPageWithASeriousViolationAndNamesIt() {
    browser.driver().get("data:text/html;charset=utf-8,<html lang='pt-BR'><head><title>t</title></head>"
        + "<body><main><h1>t</h1><img src='x.png'></main></body></html>");

    assertThatThrownBy(() -> browser.accessibility("imagem sem texto"))
        .hasMessageContaining("image-alt").hasMessageContaining("<img src=\"x.png\">");
  }

  @Test
  void withoutJavaScriptTheSignInFormStillWorks() {
    try (Browser plain = Browser.withoutJavaScript(system.gatewayUrl())) {
      plain.go("/login");
      browser.go("/login");
      assertThat(plain.script("return typeof window.htmx")).as("htmx did not run").isEqualTo("undefined");
      assertThat(browser.script("return typeof window.htmx")).as("htmx runs where JavaScript is on").isEqualTo("object");
      plain.screenshot("entrada-sem-javascript");

      plain.signIn("team", RunningSystem.PASSWORD);

      assertThat(plain.path()).isEqualTo(ConsoleRoles.TEAM.home());
    }
  }
}
