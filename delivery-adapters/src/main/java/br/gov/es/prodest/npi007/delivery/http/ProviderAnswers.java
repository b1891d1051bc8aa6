package br.gov.es.prodest.npi007.delivery.http;

import tools.jackson.databind.JsonNode;

/** How one provider's JSON answers read. */
public interface ProviderAnswers {

  /** The provider's id for an accepted message, or null when its answer carries none. */
  String messageId(JsonNode body);

  /** A short description of an error answer (message and code), or null to quote the body as it came. */
  String errorDetail(JsonNode body);

  /** The text of a JSON string or number, or null for anything else (missing, null, object). */
  static String text(JsonNode node) {
    if (node == null || !(node.isString() || node.isNumber())) {
      return null;
    }
    return node.asString();
  }
}
