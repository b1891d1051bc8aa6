package br.gov.es.prodest.npi007.gateway.console.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One incident of the incident-service's compliance list (CONTRACTS.md, "Timeline and compliance"),
 * reduced to what the monthly figures need.
 *
 * @param required        the ids of the messages the norm required (6.1 … 6.6), in the order they became due
 * @param missing         the required ids not delivered nor posted by hand
 * @param toAcknowledgement seconds from the report to 6.1 reaching the group, or null
 * @param toVerdict       seconds from the report to the team's verdict, or null
 * @param toRestoration   seconds from the report to 6.4 reaching the group, or null
 * @param unit            the responsible unit's code, or null (issue 15)
 * @param unassigned      true when the incident was confirmed and no unit is responsible for it
 */
record ComplianceRow(String incidentId, String status, String component, Instant reportedAt,
    List<String> required, List<String> missing, Long toAcknowledgement, Long toVerdict, Long toRestoration,
    String unit, boolean unassigned) {

  static ComplianceRow of(JsonNode item) {
    JsonNode timings = item.path("timings");
    return new ComplianceRow(text(item.path("incidentId")), text(item.path("status")), text(item.path("component")),
        item.path("reportedAt").isString() ? Instant.parse(item.path("reportedAt").asString()) : null,
        ids(item.path("required"), "messageId"), ids(item.path("missing"), null),
        seconds(timings.path("reportToAcknowledgementSeconds")), seconds(timings.path("reportToTriageSeconds")),
        seconds(timings.path("reportToRestorationMessageSeconds")), text(item.path("unit")),
        item.path("unassigned").asBoolean(false));
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    for (JsonNode element : array) {
      ids.add(field == null ? element.asString() : element.path(field).asString());
    }
    return ids;
  }

  private static Long seconds(JsonNode node) {
    return node.isNumber() ? node.asLong() : null;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }
}
