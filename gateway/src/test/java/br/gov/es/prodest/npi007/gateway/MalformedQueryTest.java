package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A query string that is not percent-encoded UTF-8 is 400 on every endpoint, and nothing is asked of the services. */
class MalformedQueryTest extends GatewayTestSupport {

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/incidents?component=%C3%28%FF", "/api/v1/notifications?status=%FF",
      "/api/v1/maintenances?component=%C3%28%FF", "/api/v1/compliance?missing=%C3", "/api/v1/organs?x=%E2%82"})
  void an_invalid_query_is_400(String pathAndQuery) {
    services.stubFor(get(urlPathMatching("/internal/.*")).willReturn(okJson("[]")));

    Response response = getAs("admin", pathAndQuery);

    response.assertProblem(400, "MALFORMED_QUERY");
    services.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void a_broken_escape_is_400_too() throws IOException {
    // java.net.http will not send a malformed escape, so this one goes over a plain socket
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(("GET /api/v1/incidents?organ=SEFAZ&component=%ZZ HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
      assertThat(response).contains("\"code\":\"MALFORMED_QUERY\"");
    }
  }

  @Test
  void a_valid_encoded_query_still_passes() {
    services.stubFor(get(urlPathMatching("/internal/.*")).willReturn(okJson("[]")));

    Response response = getAs("team", "/api/v1/incidents?component=Sa%C3%BAde+Digital&organ=SESA");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    services.verify(getRequestedFor(urlPathEqualTo("/internal/incidents"))
        .withQueryParam("component", equalTo("Saúde Digital")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/incidents/%FF", "/api/v1/incidents/%C3%28/timeline", "/api/v1/notifications/%C3"})
  void an_invalid_path_is_a_4xx(String path) {
    Response response = getAs("admin", path);

    assertThat(response.status()).as(response.body()).isBetween(400, 404);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
  }
}
