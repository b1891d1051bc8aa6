package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.testing.oidc.TestIdentityProvider;
import br.gov.es.prodest.npi007.testing.oidc.TestIdentityProvider.Persona;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway against a real OpenID provider (issue 13): Spring Authorization Server started here,
 * Keycloak's nested roles claim ({@code realm_access.roles}). Bearer tokens of each role and organ meet
 * the same role matrix as the standalone users; expired, foreign, tampered and claim-less tokens are
 * refused; the console sends people to the provider with PKCE; the metrics door. One provider and one
 * gateway context for the whole class.
 */
@TestPropertySource(properties = {
    "npi007.oidc.client-id=" + TestIdentityProvider.CONSOLE_CLIENT,
    "npi007.oidc.client-secret=" + TestIdentityProvider.CONSOLE_SECRET,
    "npi007.oidc.roles-claim=realm_access.roles",
    "npi007.security.metrics-token=" + IdentityProviderTest.METRICS_TOKEN,
    "management.endpoints.web.exposure.include=health,prometheus"})
class IdentityProviderTest extends GatewayTestSupport {

  static final String METRICS_TOKEN = "token-do-prometheus-de-teste";
  static final String MARIA_SUBJECT = "5f0c7e1a-3b2d-4c55-9e8f-0a1b2c3d4e5f";

  private static final List<Persona> PERSONAS = List.of(
      Persona.of("maria.silva", MARIA_SUBJECT, List.of("NOTIFIER"), "SESA"),
      Persona.of("joao.souza", "sub-joao", List.of("TEAM"), "PRODEST"),
      Persona.of("ana.ascom", "sub-ana", List.of("ASCOM", "UNKNOWN_ROLE"), "PRODEST"),
      Persona.of("carla.gestao", "sub-carla", List.of("MANAGEMENT"), "PRODEST"),
      // a single string rather than a list, as some providers write a one-role claim
      Persona.of("integracao", "sub-integracao", "INTEGRATION", null),
      Persona.of("admin.plataforma", "sub-admin", List.of("ADMIN"), "PRODEST"),
      Persona.of("notificador.sem.orgao", "sub-sem-orgao", List.of("NOTIFIER"), null),
      Persona.of("sem.papel", "sub-sem-papel", null, "SESA"),
      Persona.of("papel.estranho", "sub-estranho", List.of("SUPERUSER"), "PRODEST"),
      new Persona("joao.vencido", "sub-vencido", List.of("TEAM"), "PRODEST", true));

  static final TestIdentityProvider provider = TestIdentityProvider.start("realm_access.roles", PERSONAS);

  @DynamicPropertySource
  static void issuer(DynamicPropertyRegistry registry) {
    registry.add("npi007.oidc.issuer-uri", provider::issuer);
  }

  @AfterAll
  static void stopProvider() {
    // the context is cached for no other class (its properties are its own); the provider ends with the class
    provider.close();
  }

  @ParameterizedTest(name = "{0} reports for SESA → {1}, reads the outbox → {2}")
  @CsvSource({
      "maria.silva, 201, 403",
      "joao.souza, 201, 200",
      "ana.ascom, 201, 200",
      "carla.gestao, 403, 200",
      "integracao, 201, 403",
      "admin.plataforma, 201, 200"})
  void each_role_of_the_token_meets_the_role_matrix(String persona, int reportStatus, int outboxStatus) {
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(okJson("[]")));
    String token = provider.token(persona);

    Response report = send(bearer(token, "/api/v1/incidents")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(report("Portal da Saúde", "SESA", "Fora do ar", "WHATSAPP_GROUP"))));
    Response outbox = send(bearer(token, "/api/v1/notifications").GET());

    assertThat(report.status()).as(report.body()).isEqualTo(reportStatus);
    assertThat(outbox.status()).as(outbox.body()).isEqualTo(outboxStatus);
    if (reportStatus == 403) {
      report.assertProblem(403, "FORBIDDEN");
    }
  }

  @Test
  void the_actor_of_a_command_is_the_tokens_user_name_and_subject() {
    Response report = send(bearer(provider.token("maria.silva"), "/api/v1/incidents")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(report("Portal da Saúde", "SESA", "Lento", "WHATSAPP_GROUP"))));

    assertThat(report.status()).as(report.body()).isEqualTo(201);
    String id = report.json().path("id").asString();
    Actor actor = incidentService.received().stream()
        .filter(command -> command.getIncidentId().equals(id))
        .map(ReportIncident::getMetadata).findFirst().orElseThrow().getActor();
    assertThat(actor).isEqualTo(new Actor("maria.silva", Role.NOTIFIER, "SESA", MARIA_SUBJECT));
  }

  @Test
  void a_notifier_token_speaks_only_for_its_own_organ() {
    Response report = send(bearer(provider.token("maria.silva"), "/api/v1/incidents")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(report("SIGEFES", "SEFAZ", "Fora do ar", "WHATSAPP_GROUP"))));

    assertThat(report.status()).as(report.body()).isEqualTo(403);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "a token expired minutes ago, joao.vencido",
      "a token without the roles claim, sem.papel",
      "a token with no role the gateway knows, papel.estranho",
      "a notifier's token without an organ, notificador.sem.orgao"})
  void a_refused_token_gets_401_as_a_problem_document_in_portuguese(String why, String persona) {
    Response answer = send(bearer(provider.token(persona), "/api/v1/incidents?organ=SESA").GET());

    assertRefused(answer);
  }

  @Test
  void the_refusal_of_a_notifier_without_an_organ_says_so() {
    Response answer = send(bearer(provider.token("notificador.sem.orgao"), "/api/v1/incidents?organ=SESA").GET());

    assertThat(assertRefused(answer)).contains("órgão");
  }

  @Test
  void a_token_signed_by_another_issuer_is_refused() {
    try (TestIdentityProvider other = TestIdentityProvider.start("realm_access.roles", PERSONAS)) {
      Response answer = send(bearer(other.token("admin.plataforma"), "/api/v1/incidents?organ=SESA").GET());

      assertRefused(answer);
    }
  }

  @Test
  void a_token_whose_signature_was_tampered_with_is_refused() {
    String token = provider.token("admin.plataforma");
    int signature = token.lastIndexOf('.') + 1;
    char swapped = token.charAt(signature + 10) == 'A' ? 'B' : 'A';
    String tampered = token.substring(0, signature + 10) + swapped + token.substring(signature + 11);

    assertRefused(send(bearer(tampered, "/api/v1/incidents?organ=SESA").GET()));
    assertRefused(send(request(null, "/api/v1/incidents?organ=SESA").GET()));
  }

  @Test
  void the_standalone_users_do_not_open_the_api_when_the_provider_is_configured() {
    Response answer = getAs("admin", "/api/v1/incidents?organ=SESA");

    answer.assertProblem(401, "UNAUTHENTICATED");
  }

  @Test
  void the_console_sends_a_stranger_to_the_provider_with_pkce() {
    ConsoleSession browser = new ConsoleSession(port);

    ConsoleSession.Page page = browser.get("/console/incidents");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/oauth2/authorization/npi007");
    ConsoleSession.Page start = browser.get("/oauth2/authorization/npi007");

    assertThat(start.status()).isEqualTo(302);
    URI authorize = URI.create(start.location());
    assertThat(authorize.getPath()).isEqualTo("/oauth2/authorize");
    assertThat(start.location()).startsWith(provider.issuer())
        .contains("client_id=" + TestIdentityProvider.CONSOLE_CLIENT, "code_challenge=", "code_challenge_method=S256",
            "scope=openid%20profile", "redirect_uri=");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "an ADMIN token, admin, 0",
      "the metrics token, metrics, 0",
      "a TEAM token, team, 403",
      "another static token, wrong, 401",
      "nothing, none, 401"})
  void the_metrics_door_opens_for_admin_and_the_scraper_only(String why, String who, int refusal) {
    Map<String, String> tokens = Map.of(
        "admin", provider.token("admin.plataforma"),
        "metrics", METRICS_TOKEN,
        "team", provider.token("joao.souza"),
        "wrong", "outro-token");
    HttpRequest.Builder request = who.equals("none") ? request(null, "/actuator/prometheus")
        : bearer(tokens.get(who), "/actuator/prometheus");

    Response answer = send(request.GET());

    if (refusal == 0) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).contains("jvm_memory_used_bytes");
    } else {
      answer.assertProblem(refusal, refusal == 401 ? "UNAUTHENTICATED" : "FORBIDDEN");
    }
  }

  private HttpRequest.Builder bearer(String token, String path) {
    return request(null, path).header("Authorization", "Bearer " + token);
  }

  /** 401, a problem document, a Bearer challenge; the detail, in Portuguese. */
  private static String assertRefused(Response answer) {
    String detail = answer.assertProblem(401, "UNAUTHENTICATED").path("detail").asString();
    assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    assertThat(detail).doesNotContain("Jwt", "expired", "signature");
    return detail;
  }
}
