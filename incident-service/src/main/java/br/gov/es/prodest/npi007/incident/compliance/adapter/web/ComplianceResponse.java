package br.gov.es.prodest.npi007.incident.compliance.adapter.web;

import br.gov.es.prodest.npi007.incident.compliance.domain.ComplianceReport;
import br.gov.es.prodest.npi007.incident.compliance.domain.ComplianceTimings;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.time.Instant;
import java.util.List;

/** One incident against the norm, as the internal API shows it; instants as ISO-8601 UTC text. */
public record ComplianceResponse(
    String incidentId,
    String status,
    String component,
    String reportedAt,
    List<Required> required,
    List<Message> messages,
    List<String> missing,
    ComplianceTimings timings) {

  /** A message the norm requires, and why. */
  public record Required(String messageId, String why) {
  }

  /** A message the incident got, with its outbox status and when it was rendered and reached the group. */
  public record Message(String messageId, String notificationId, String status, String renderedAt,
      String deliveredAt) {

    static Message of(MessageProgress progress) {
      return new Message(progress.messageId(), progress.notificationId(), progress.status().name(),
          text(progress.renderedAt()), progress.status().reached() ? text(progress.reachedAt()) : null);
    }
  }

  static ComplianceResponse of(ComplianceReport report) {
    return new ComplianceResponse(report.incidentId(), report.status().name(), report.component(),
        text(report.reportedAt()),
        report.required().stream().map(required -> new Required(required.messageId(), required.why())).toList(),
        report.messages().stream().map(Message::of).toList(), report.missing(), report.timings());
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
