package br.gov.es.prodest.npi007.gateway.console.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The incident-service's compliance of one incident (CONTRACTS.md, "Timeline and compliance") in the
 * shape the audit page reads: each required message with why, whether it reached the group or is
 * within or past its deadline, and the times.
 */
record ComplianceSummary(List<Required> required, List<Sent> messages, Duration toAcknowledgement,
    Duration toVerdict, Duration toRestoration) {

  /**
   * A message the norm required, why (with the norm's section), by when, and where it stands: sent,
   * still within its deadline, or past it (by {@code late}).
   */
  record Required(String messageId, String why, String dueAt, Situation situation, Duration late) {
  }

  /** Where a required message stands (issue 14's deadlines). */
  enum Situation {
    SENT, PENDING, MISSING
  }

  /** A message the incident got: its outbox status, when rendered and when it reached the group (or null). */
  record Sent(String messageId, String notificationId, String status, String renderedAt, String deliveredAt) {
  }

  static ComplianceSummary of(JsonNode compliance) {
    Map<String, Duration> overdue = new HashMap<>();
    compliance.path("overdue").forEach(late -> overdue.put(text(late, "messageId"),
        Duration.ofSeconds(late.path("lateSeconds").asLong())));
    Set<String> pending = new HashSet<>();
    compliance.path("pending").forEach(due -> pending.add(text(due, "messageId")));
    List<Required> required = new ArrayList<>();
    compliance.path("required").forEach(message -> {
      String id = text(message, "messageId");
      Situation situation = overdue.containsKey(id) ? Situation.MISSING
          : pending.contains(id) ? Situation.PENDING : Situation.SENT;
      required.add(new Required(id, text(message, "why"), text(message, "dueAt"), situation, overdue.get(id)));
    });
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
