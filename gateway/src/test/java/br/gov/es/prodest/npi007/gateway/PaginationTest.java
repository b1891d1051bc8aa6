package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Lists are paginated (PRODUCT.md): the gateway checks {@code limit}, passes it and the opaque
 * {@code cursor} to the internal service (WireMock here), and turns the service's
 * {@code Npi007-Next-Cursor} into a {@code Link: <…>; rel="next"} header.
 */
class PaginationTest extends GatewayTestSupport {

  private static final String NEXT = "Npi007-Next-Cursor";

  @ParameterizedTest
  @ValueSource(strings = {"/internal/incidents", "/internal/notifications", "/internal/maintenances",
      "/internal/compliance"})
  void every_list_passes_the_default_limit_on(String internalPath) {
    services.stubFor(get(urlPathEqualTo(internalPath)).willReturn(okJson("[]")));

    Response response = getAs("admin", internalPath.replace("/internal/", "/api/v1/"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
    assertThat(response.headers().firstValue("Link")).isEmpty();
    services.verify(getRequestedFor(urlPathEqualTo(internalPath))
        .withQueryParam("limit", equalTo("50"))
        .withQueryParam("cursor", absent()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "501", "-1", "abc", "", "1.5", "050", "99999999999"})
  void a_bad_limit_is_400_and_nothing_is_asked_of_the_service(String limit) {
    getAs("team", "/api/v1/incidents?limit=" + limit).assertProblem(400, "INVALID_LIMIT");
    getAs("team", "/api/v1/maintenances?limit=" + limit).assertProblem(400, "INVALID_LIMIT");

    services.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void a_bad_cursor_is_400_and_nothing_is_asked_of_the_service() {
    getAs("ascom", "/api/v1/notifications?cursor=n%C3%A3o").assertProblem(400, "INVALID_CURSOR");
    getAs("ascom", "/api/v1/notifications?cursor=" + "a".repeat(513)).assertProblem(400, "INVALID_CURSOR");

    services.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void limit_and_cursor_are_passed_on_and_the_next_page_is_linked() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("[" + SecurityTest.incident(id, "SESA") + "]")
        .withHeader(NEXT, "pagina-3_x")));

    Response response = getAs("team", "/api/v1/incidents?status=REPORTED&component=Portal%20da%20Sa%C3%BAde&limit=1&cursor=pagina-2");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get(0).path("id").asString()).isEqualTo(id);
    assertThat(response.headers().firstValue("Link")).hasValue(
        "</api/v1/incidents?status=REPORTED&component=Portal%20da%20Sa%C3%BAde&limit=1&cursor=pagina-3_x>; rel=\"next\"");
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents"))
        .withQueryParam("status", equalTo("REPORTED"))
        .withQueryParam("component", equalTo("Portal da Saúde"))
        .withQueryParam("limit", equalTo("1"))
        .withQueryParam("cursor", equalTo("pagina-2")));
  }

  @Test
  void the_notifications_order_is_passed_on_and_kept_in_the_link() {
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(okJson("[]").withHeader(NEXT, "recente-2")));

    Response response = getAs("ascom", "/api/v1/notifications?order=newest&limit=5");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Link")).hasValue(
        "</api/v1/notifications?order=newest&limit=5&cursor=recente-2>; rel=\"next\"");
    services.verify(getRequestedFor(urlPathEqualTo("/internal/notifications"))
        .withQueryParam("order", equalTo("newest"))
        .withQueryParam("limit", equalTo("5")));
  }

  @Test
  void the_link_carries_the_default_limit_and_is_absent_on_the_last_page() {
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).withQueryParam("cursor", absent())
        .willReturn(okJson("[]").withHeader(NEXT, "c2")));
    services.stubFor(get(urlPathEqualTo("/internal/maintenances")).withQueryParam("cursor", equalTo("c2"))
        .willReturn(okJson("[]")));

    Response first = getAs("team", "/api/v1/maintenances?when=upcoming");
    assertThat(first.headers().firstValue("Link")).hasValue("</api/v1/maintenances?when=upcoming&limit=50&cursor=c2>; rel=\"next\"");

    Response last = getAs("team", "/api/v1/maintenances?when=upcoming&limit=50&cursor=c2");
    assertThat(last.status()).as(last.body()).isEqualTo(200);
    assertThat(last.headers().firstValue("Link")).isEmpty();
  }

  @Test
  void a_notifiers_pages_are_filtered_by_the_service_to_its_organ() {
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("[]")));

    assertThat(getAs("notifier-sesa", "/api/v1/incidents?limit=10").status()).isEqualTo(200);

    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents"))
        .withQueryParam("organ", equalTo("SESA"))
        .withQueryParam("limit", equalTo("10")));
  }

  @Test
  void the_services_invalid_cursor_becomes_the_public_400() {
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"status\":400,\"code\":\"INVALID_CURSOR\",\"detail\":\"O cursor expirou ou não é deste serviço.\"}")));

    getAs("ascom", "/api/v1/notifications?cursor=antigo").assertProblem(400, "INVALID_CURSOR");
  }

  @Test
  void a_next_cursor_outside_the_contract_is_the_services_fault() {
    services.stubFor(get(urlPathEqualTo("/internal/incidents")).willReturn(okJson("[]").withHeader(NEXT, "a".repeat(513))));

    getAs("team", "/api/v1/incidents").assertProblem(503, "SERVICE_UNAVAILABLE");
  }

  @Test
  void the_openapi_document_names_limit_and_cursor_on_every_list() {
    JsonNode paths = getAs(null, "/v3/api-docs").json().path("paths");

    for (String list : new String[] {"/api/v1/incidents", "/api/v1/notifications", "/api/v1/maintenances",
        "/api/v1/compliance"}) {
      List<String> names = new ArrayList<>();
      paths.path(list).path("get").path("parameters").forEach(parameter -> names.add(parameter.path("name").asString()));
      assertThat(names).as(list).contains("limit", "cursor").doesNotContain("http");
    }
    assertThat(paths.path("/api/v1/notifications").path("get").path("parameters").findValuesAsString("name"))
        .contains("order");
  }
}
