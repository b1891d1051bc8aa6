package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what (PRODUCT.md, "Who uses it"): for every endpoint of the API, each standalone
 * user, the notifier of the incident's organ (SESA) and of another organ (SEFAZ), and no one.
 * Refused commands write nothing. The webhooks' own credentials are tested with the webhooks.
 */
class SecurityMatrixTest extends GatewayTestSupport {

  private static final String OWN_NOTIFIER = "notifier-sesa";
  private static final String OTHER_NOTIFIER = "notifier-sefaz";
  private static final List<String> USERS =
      List.of("team", "ascom", "management", "admin", "integration", OWN_NOTIFIER, OTHER_NOTIFIER);
  private static final Set<String> EVERYONE = Set.copyOf(USERS);

  enum Endpoint {
    REPORT("POST", id -> "/api/v1/incidents", report("Portal da Saúde", "SESA", "Fora do ar", "WHATSAPP_GROUP"), 201,
        Set.of("team", "ascom", "admin", "integration", OWN_NOTIFIER), 403),
    LIST("GET", id -> "/api/v1/incidents?organ=SESA", null, 200, EVERYONE, 200),
    ONE("GET", id -> "/api/v1/incidents/" + id, null, 200, EVERYONE, 404),
    TIMELINE("GET", id -> "/api/v1/incidents/" + id + "/timeline", null, 200, EVERYONE, 404),
    SERVICE_REQUEST("POST", id -> IncidentCommandsTest.path(id, "service-request"), "{\"saNumber\":\"SA-1\"}", 200,
        Set.of("team", "ascom", "admin", "integration", OWN_NOTIFIER), 404),
    TRIAGE("POST", id -> IncidentCommandsTest.path(id, "triage"), "{\"verdict\":\"NOT_CONFIRMED\"}", 200,
        Set.of("team", "admin"), 403),
    RESTORATION("POST", id -> IncidentCommandsTest.path(id, "restoration"), "{\"note\":\"ok\"}", 200,
        Set.of("team", "admin"), 403),
    MAINTENANCE("POST", id -> IncidentCommandsTest.path(id, "maintenance"), "{\"maintenanceId\":\"m-1\"}", 200,
        Set.of("team", "admin"), 403),
    ASSIGNMENT("POST", id -> IncidentCommandsTest.path(id, "assignment"), "{\"unit\":\"GEITIC\"}", 200,
        Set.of("team", "admin"), 403),
    STATEMENTS("POST", id -> IncidentCommandsTest.path(id, "statements"), "{\"kind\":\"CONFIRMATION\",\"text\":\"Confirmado.\"}",
        200, Set.of("management"), 403),
    NOTIFICATIONS("GET", id -> "/api/v1/notifications", null, 200, Set.of("team", "ascom", "admin", "management"), 403),
    APPROVAL("POST", id -> NotificationReviewTest.path(id, "approval"), "{\"text\":{\"whatsapp\":\"*Revisado*\"}}",
        200, Set.of("ascom", "admin"), 403),
    POSTED("POST", id -> NotificationReviewTest.path(id, "posted"), "{\"note\":\"Publicada no grupo\"}", 200,
        Set.of("ascom", "admin"), 403),
    ORGANS("GET", id -> "/api/v1/organs/SESA", null, 200, EVERYONE, 200),
    MAINTENANCE_REQUEST("POST", id -> "/api/v1/maintenances", MaintenanceCommandsTest.maintenance("SIGEFES"), 201,
        Set.of("team", "admin"), 403),
    MAINTENANCE_RESCHEDULE("POST", id -> MaintenanceCommandsTest.path(id, "reschedule"),
        "{\"start\":\"2026-12-17T22:00:00-03:00\",\"end\":\"2026-12-18T02:00:00-03:00\"}", 200,
        Set.of("team", "admin"), 403),
    MAINTENANCE_CANCEL("POST", id -> MaintenanceCommandsTest.path(id, "cancel"), "{\"reason\":\"adiada\"}", 200,
        Set.of("team", "admin"), 403),
    MAINTENANCE_COMPLETION("POST", id -> MaintenanceCommandsTest.path(id, "completion"), "{}", 200,
        Set.of("team", "admin"), 403),
    COMPLIANCE("GET", id -> "/api/v1/incidents/" + id + "/compliance", null, 200,
        Set.of("team", "ascom", "management", "admin", OWN_NOTIFIER), 404),
    COMPLIANCE_LIST("GET", id -> "/api/v1/compliance?missing=true", null, 200,
        Set.of("team", "ascom", "management", "admin"), 403),
    MAINTENANCES("GET", id -> "/api/v1/maintenances?when=upcoming", null, 200, EVERYONE, 200),
    MAINTENANCE_ONE("GET", id -> "/api/v1/maintenances/" + id, null, 200, EVERYONE, 200),
    ORGAN_PUT("PUT", id -> "/api/v1/organs/T" + id.replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT),
        "{\"name\":\"Órgão de teste\",\"emails\":[]}", 201, Set.of("admin"), 403),
    UNITS("GET", id -> "/api/v1/units", null, 200, EVERYONE, 200),
    UNIT_ONE("GET", id -> "/api/v1/units/GEITIC", null, 200, EVERYONE, 200),
    UNIT_PUT("PUT", id -> "/api/v1/units/U" + id.replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT),
        "{\"name\":\"Unidade de teste\",\"kind\":\"TECHNICAL_UNIT\"}", 201, Set.of("admin"), 403),
    COMPONENTS("GET", id -> "/api/v1/components", null, 200, EVERYONE, 200),
    COMPONENT_ONE("GET", id -> "/api/v1/components/sistema-e-docs", null, 200, EVERYONE, 200),
    COMPONENT_PUT("PUT", id -> "/api/v1/components/t-" + id.replace("-", "").substring(0, 10),
        "{\"name\":\"Componente de teste\",\"group\":null,\"public\":false}", 201, Set.of("admin"), 403);

    final String method;
    final Function<String, String> path;
    final String body;
    final int allowedStatus;
    final Set<String> allowed;
    /** What the notifier of another organ gets when the role itself is allowed. */
    final int otherOrganStatus;

    Endpoint(String method, Function<String, String> path, String body, int allowedStatus, Set<String> allowed,
        int otherOrganStatus) {
      this.method = method;
      this.path = path;
      this.body = body;
      this.allowedStatus = allowedStatus;
      this.allowed = allowed;
      this.otherOrganStatus = otherOrganStatus;
    }

    int expectedFor(String user) {
      if (user == null) {
        return 401;
      }
      if (user.equals(OTHER_NOTIFIER) && allowed.contains(OWN_NOTIFIER)) {
        return otherOrganStatus;
      }
      return allowed.contains(user) ? allowedStatus : 403;
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      List<String> callers = new ArrayList<>(USERS);
      callers.add(null);
      for (String user : callers) {
        cases.add(Arguments.of(endpoint, user == null ? "anonymous" : user, endpoint.expectedFor(user)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} by {1} → {2}")
  @MethodSource("matrix")
  void each_endpoint_allows_its_roles_and_refuses_the_others(Endpoint endpoint, String caller, int expected) {
    String user = caller.equals("anonymous") ? null : caller;
    String id = UUID.randomUUID().toString();
    incidentService.open(id, 3, "CONFIRMED_GENERAL");
    notificationService.open(id, 1, "PENDING_REVIEW");
    maintenanceService.open(id, 1, "IN_PROGRESS");
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).willReturn(okJson("[]")));
    services.stubFor(get("/internal/incidents/" + id + "/compliance").willReturn(okJson("{\"missing\":[]}")));
    services.stubFor(get(urlPathEqualTo("/internal/compliance")).willReturn(okJson("[]")));
    services.stubFor(get("/internal/maintenances/" + id).willReturn(okJson(MaintenanceQueriesTest.maintenance(id, 1, "[]"))));
    services.stubFor(get("/internal/incidents/" + id).willReturn(okJson(Incidents.json(id, "SESA", 3))));
    services.stubFor(get("/internal/incidents/" + id + "/timeline").willReturn(okJson("[]")));
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("[]")));
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(okJson("[]")));
    long before = allCommandsWritten();

    HttpRequest.Builder request = request(user, endpoint.path.apply(id));
    if (endpoint.body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json")
          .method(endpoint.method, HttpRequest.BodyPublishers.ofString(endpoint.body));
    }
    Response response = send(request);

    assertThat(response.status()).as(response.body()).isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.contentType()).startsWith(PROBLEM_JSON);
      if (endpoint.body != null) {
        assertThat(allCommandsWritten()).isEqualTo(before);
      }
    }
  }
}
