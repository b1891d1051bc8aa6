package br.gov.es.prodest.npi007.benchmarks.history;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the gateway's JSON answers and writing request bodies, for the flows. */
final class Answers {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private Answers() {
  }

  /** The {@code id} of a created or changed aggregate. */
  static String id(String body) {
    return JSON.readTree(body).path("id").asString();
  }

  /** The {@code status} of an aggregate. */
  static String status(String body) {
    return JSON.readTree(body).path("status").asString();
  }

  /** The id of the first notification of {@code type} in an outbox page (a JSON array). */
  static Optional<String> notificationOfType(String body, String type) {
    for (JsonNode notification : JSON.readTree(body)) {
      if (type.equals(notification.path("type").asString())) {
        return Optional.of(notification.path("id").asString());
      }
    }
    return Optional.empty();
  }

  /** A JSON object of string pairs (name, value, name, value…); a value that is a Boolean stays one. */
  static String object(Object... pairs) {
    var node = JSON.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] instanceof Boolean flag) {
        node.put((String) pairs[i], flag);
      } else {
        node.put((String) pairs[i], String.valueOf(pairs[i + 1]));
      }
    }
    return JSON.writeValueAsString(node);
  }
}
