package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's door (issue 12): form sign-in with a session, CSRF on every form, no inline script. */
class ConsoleSignInTest extends GatewayTestSupport {

  @Test
  void a_page_of_the_console_sends_a_stranger_to_the_sign_in_form() {
    ConsoleSession browser = new ConsoleSession(port);

    ConsoleSession.Page page = browser.get("/console/incidents");

    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/login");
    ConsoleSession.Page form = browser.get("/login");
    assertThat(form.body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "lang=\"pt-BR\"");
  }

  @Test
  void each_role_lands_on_its_own_work_after_signing_in() {
    Map<String, String> homes = Map.of(
        "ascom", "/console/outbox",
        "team", "/console/incidents",
        "notifier-sesa", "/console/organ",
        "management", "/console/incidents",
        "admin", "/console/incidents");
    homes.forEach((user, home) -> {
      ConsoleSession browser = new ConsoleSession(port);
      assertThat(browser.signIn(user, PASSWORD).location()).endsWith("/console");
      ConsoleSession.Page door = browser.get("/console");
      assertThat(door.status()).isEqualTo(302);
      assertThat(door.location()).as(user).endsWith(home);
    });
  }

  @Test
  void a_wrong_password_goes_back_to_the_form_with_a_reason_and_no_session() {
    ConsoleSession browser = new ConsoleSession(port);

    ConsoleSession.Page answer = browser.signIn("ascom", "senha-errada");

    assertThat(answer.location()).endsWith("/login?erro");
    assertThat(browser.get("/login?erro").body()).contains("Usuário ou senha incorretos.");
    assertThat(browser.get("/console").location()).endsWith("/login");
  }

  @Test
  void a_sign_in_without_the_csrf_token_is_refused() {
    ConsoleSession browser = new ConsoleSession(port);

    ConsoleSession.Page answer = browser.post("/login", Map.of("username", "ascom", "password", PASSWORD));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(browser.get("/console").location()).endsWith("/login");
  }

  @Test
  void the_pages_forbid_inline_script_and_framing() {
    var response = getAs(null, "/login");

    String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(response.body()).doesNotContain("<script>").contains("/webjars/htmx.org/");
  }

  @Test
  void htmx_is_served_from_its_webjar() {
    var response = getAs(null, "/webjars/htmx.org/dist/htmx.min.js");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("htmx");
  }

  @Test
  void signing_out_ends_the_session() {
    ConsoleSession browser = new ConsoleSession(port);
    browser.signIn("team", PASSWORD);

    ConsoleSession.Page out = browser.submit("/login", "/logout", Map.of());

    assertThat(out.location()).endsWith("/login?saiu");
    assertThat(browser.get("/console").location()).endsWith("/login");
  }

  @Test
  void the_api_stays_stateless_basic_and_answers_problems_not_the_sign_in_form() {
    var response = getAs(null, "/api/v1/incidents");

    response.assertProblem(401, "UNAUTHENTICATED");
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }
}
