package br.gov.es.prodest.npi007.gateway.console.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The incident-service's compliance of one incident (CONTRACTS.md, "Timeline and compliance") in the
 * shape the audit page reads: each required message with why, whether it reached the group, and the times.
 */
record ComplianceSummary(List<Required> required, List<Sent> messages, Duration toAcknowledgement,
    Duration toVerdict, Duration toRestoration) {

  /** A message the norm required, why (with the norm's section), and whether it is still missing. */
  record Required(String messageId, String why, boolean missing) {
  }

  /** A message the incident got: its outbox status, when rendered and when it reached the group (or null). */
  record Sent(String messageId, String notificationId, String status, String renderedAt, String deliveredAt) {
  }

  static ComplianceSummary of(JsonNode compliance) {
    List<String> missing = new ArrayList<>();
    compliance.path("missing").forEach(id -> missing.add(id.asString()));
    List<Required> required = new ArrayList<>();
    compliance.path("required").forEach(message -> required.add(new Required(text(message, "messageId"),
        text(message, "why"), missing.contains(text(message, "messageId")))));
    List<Sent> messages = new ArrayList<>();
    compliance.path("messages").forEach(message -> messages.add(new Sent(text(message, "messageId"),
        text(message, "notificationId"), text(message, "status"), text(message, "renderedAt"),
        text(message, "deliveredAt"))));
    JsonNode timings = compliance.path("timings");
    return new ComplianceSummary(required, messages, duration(timings, "reportToAcknowledgementSeconds"),
        duration(timings, "reportToTriageSeconds"), duration(timings, "reportToRestorationMessageSeconds"));
  }

  private static Duration duration(JsonNode timings, String field) {
    JsonNode seconds = timings.path(field);
    return seconds.isNumber() ? Duration.ofSeconds(seconds.asLong()) : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }
}
