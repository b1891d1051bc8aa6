package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.testing.oidc.TestIdentityProvider;
import br.gov.es.prodest.npi007.testing.oidc.TestIdentityProvider.Persona;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's sign-in through the state's identity provider (issue 13), in Chromium, against the
 * whole standalone system started with {@code NPI007_OIDC_ISSUER_URI}: a notifier signs in on the
 * provider's own login form (Spring Authorization Server, started here), lands on her organ's page,
 * reports, and the incident's timeline names her with the provider's subject. One stack, one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcConsoleBrowserTest {

  private static final String SUBJECT = "5f0c7e1a-3b2d-4c55-9e8f-0a1b2c3d4e5f";

  private TestIdentityProvider provider;
  private RunningSystem system;
  private Browser browser;
  private Path dataDir;

  @BeforeAll
  void startTheProviderTheSystemAndTheBrowser() throws IOException {
    provider = TestIdentityProvider.start("roles",
        List.of(Persona.of("maria.silva", SUBJECT, List.of("NOTIFIER"), "SESA")));
    dataDir = Files.createTempDirectory("npi007-oidc-browser-");
    system = RunningSystem.start(dataDir, Ports.free(), Map.of(
        "NPI007_OIDC_ISSUER_URI", provider.issuer(),
        "NPI007_OIDC_CLIENT_ID", TestIdentityProvider.CONSOLE_CLIENT,
        "NPI007_OIDC_CLIENT_SECRET", TestIdentityProvider.CONSOLE_SECRET));
    browser = Browser.open(system.gatewayUrl());
  }

  @AfterAll
  void stopEverything() {
    if (browser != null) {
      browser.close();
    }
    if (system != null) {
      system.close();
    }
    if (provider != null) {
      provider.close();
    }
    delete(dataDir);
  }

  @Test
  void aNotifierSignsInOnTheProvidersFormAndHerReportNamesHerWithHerSubject() {
    browser.go("/console");
    assertThat(browser.driver().getCurrentUrl()).as("the console sends a stranger to the provider")
        .startsWith(provider.issuer() + "/login");
    browser.find("#username").sendKeys("maria.silva");
    browser.find("#password").sendKeys(TestIdentityProvider.PASSWORD);
    browser.submit(browser.find("button[type=submit]"));

    assertThat(browser.path()).isEqualTo("/console/organ");
    browser.screenshot("oidc-01-notificadora-no-seu-orgao");

    browser.find("#component").sendKeys("Sistema e-Docs");
    browser.find("#description").sendKeys("Não abre a tela de login");
    browser.find("#reportedBy").sendKeys("Maria da Silva");
    browser.submit(browser.find("form[action$='/console/organ/incidents'] button[type=submit]"));
    assertThat(browser.path()).startsWith("/console/incidents/");
    String incident = browser.path();

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
        browser.go(incident).text().contains("maria.silva (sub " + SUBJECT + ")"));
    browser.screenshot("oidc-02-linha-do-tempo-com-o-sujeito");
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
