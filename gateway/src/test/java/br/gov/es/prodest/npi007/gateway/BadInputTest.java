package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Bad input gets a clear 4xx problem document and writes nothing to Kafka. */
class BadInputTest extends GatewayTestSupport {

  private static final String VALID = report("SIGEFES", "SEFAZ", "Fora do ar", "WHATSAPP_GROUP");

  static Stream<Arguments> invalidBodies() {
    return Stream.of(
        Arguments.of("no fields", "{}", List.of("component", "description", "organ", "reportedBy", "source")),
        Arguments.of("blank component", report("  ", "SEFAZ", "Fora do ar", "WHATSAPP_GROUP"), List.of("component")),
        Arguments.of("unknown organ", report("SIGEFES", "XPTO", "Fora do ar", "WHATSAPP_GROUP"), List.of("organ")),
        Arguments.of("unknown source", report("SIGEFES", "SEFAZ", "Fora do ar", "EMAIL"), List.of("source")),
        Arguments.of("description too long", report("SIGEFES", "SEFAZ", "x".repeat(4001), "MONITORING"),
            List.of("description")),
        Arguments.of("null reporter",
            "{\"component\":\"SIGEFES\",\"organ\":\"SEFAZ\",\"description\":\"d\",\"source\":\"MONITORING\",\"reportedBy\":null}",
            List.of("reportedBy")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidBodies")
  void invalid_fields_are_listed_in_a_400(String caseName, String body, List<String> invalidFields) {
    long before = commandsWritten();

    Response response = postJson("team", "/api/v1/incidents", body);

    JsonNode problem = response.assertProblem(400, "VALIDATION_FAILED");
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
    assertThat(fields).containsExactlyElementsOf(invalidFields);
    problem.path("errors").forEach(error -> assertThat(error.path("message").asString()).isNotBlank());
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void malformed_json_is_400() {
    long before = commandsWritten();

    postJson("team", "/api/v1/incidents", "{\"component\": \"SIGEFES\",").assertProblem(400, "MALFORMED_REQUEST_BODY");

    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_body_that_is_not_json_is_415() {
    long before = commandsWritten();

    Response response = send(request("team", "/api/v1/incidents")
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(VALID)));

    response.assertProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_body_over_the_limit_is_413() {
    long before = commandsWritten();

    Response response = postJson("team", "/api/v1/incidents", oversized());

    response.assertProblem(413, "REQUEST_BODY_TOO_LARGE");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_chunked_body_over_the_limit_is_413() {
    long before = commandsWritten();
    byte[] body = oversized().getBytes(StandardCharsets.UTF_8);

    // a publisher of unknown length makes the client send the body chunked, with no Content-Length
    Response response = send(request("team", "/api/v1/incidents")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    response.assertProblem(413, "REQUEST_BODY_TOO_LARGE");
    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void a_malformed_idempotency_key_is_400() {
    long before = commandsWritten();

    postJson("team", "/api/v1/incidents", VALID, "Idempotency-Key", "k".repeat(300))
        .assertProblem(400, "INVALID_IDEMPOTENCY_KEY");

    assertThat(commandsWritten()).isEqualTo(before);
  }

  @Test
  void an_unknown_route_is_404_and_a_wrong_method_405() {
    getAs("team", "/api/v1/nothing-here").assertProblem(404, "ROUTE_NOT_FOUND");

    Response wrongMethod = send(request("team", "/api/v1/incidents").DELETE());

    wrongMethod.assertProblem(405, "METHOD_NOT_ALLOWED");
    assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
  }

  @Test
  void a_url_the_container_refuses_is_a_problem_document_too() throws IOException {
    // java.net.http will not send a malformed URL, so this one goes over a plain socket
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write("GET /api/v1/incidents/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
      assertThat(response).contains("\"code\":\"BAD_REQUEST\"");
    }
  }

  private static String oversized() {
    return report("SIGEFES", "SEFAZ", "x".repeat(70 * 1024), "WHATSAPP_GROUP");
  }
}
