package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.benchmarks.pipeline.Gateway;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The organs of the running system (GET /api/v1/organs, as ADMIN). An organ with no e-mail address
 * gets one under {@code .invalid} (RFC 2606), so that its e-mail deliveries happen as they would in
 * production (as {@code .eml} files when no SMTP server is set) instead of being given up at once.
 */
final class OrganEmails {

  private static final String ORGANS = "/api/v1/organs";

  private OrganEmails() {
  }

  /** The codes of the organs whose notifiers report (PRODEST is not a client of itself). */
  static List<String> ensure(Gateway gateway) throws Exception {
    HttpResponse<String> answer = gateway.get("admin", ORGANS);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("GET " + ORGANS + " respondeu " + answer.statusCode() + ": " + answer.body());
    }
    List<String> reporting = new ArrayList<>();
    int addressed = 0;
    for (JsonNode organ : Answers.JSON.readTree(answer.body())) {
      String code = organ.path("code").asString();
      if (organ.path("emails").isEmpty()) {
        ObjectNode body = Answers.JSON.createObjectNode().put("name", organ.path("name").asString());
        body.putArray("emails").add("ti@" + code.toLowerCase(Locale.ROOT) + ".seed.invalid");
        HttpResponse<String> put = gateway.send("admin", "PUT", ORGANS + "/" + code,
            Answers.JSON.writeValueAsString(body), null).get();
        if (put.statusCode() >= 300) {
          throw new IllegalStateException("PUT " + ORGANS + "/" + code + " respondeu " + put.statusCode() + ": " + put.body());
        }
        addressed++;
      }
      if (!code.equals("PRODEST")) {
        reporting.add(code);
      }
    }
    if (addressed > 0) {
      System.out.printf("Órgãos sem e-mail: %d receberam um endereço .seed.invalid para que as entregas aconteçam%n",
          addressed);
    }
    return reporting;
  }
}
