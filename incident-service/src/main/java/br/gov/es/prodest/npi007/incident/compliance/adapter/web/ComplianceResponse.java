package br.gov.es.prodest.npi007.incident.compliance.adapter.web;

import br.gov.es.prodest.npi007.incident.compliance.domain.ComplianceReport;
import br.gov.es.prodest.npi007.incident.compliance.domain.ComplianceTimings;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.time.Instant;
import java.util.List;

/**
 * One incident against the norm, as the internal API shows it; instants as ISO-8601 UTC text.
 *
 * @param missing the ids of the {@code overdue} messages, as before deadlines existed (issue 14)
 * @param unit       the responsible unit's code, or null (issue 15)
 * @param unassigned true when the incident was confirmed and has no responsible unit
 */
public record ComplianceResponse(
    String incidentId,
    String status,
    String component,
    String reportedAt,
    String unit,
    boolean unassigned,
    List<Required> required,
    List<Message> messages,
    List<String> missing,
    List<Overdue> overdue,
    List<Pending> pending,
    ComplianceTimings timings) {

  /** A message the norm requires, why, and by when it must reach the group. */
  public record Required(String messageId, String why, String dueAt) {
  }

  /** A required message past its deadline without having reached the group, and how late it is. */
  public record Overdue(String messageId, String dueAt, long lateSeconds) {
  }

  /** A required message that has not reached the group yet, still within its deadline. */
  public record Pending(String messageId, String dueAt) {
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
        text(report.reportedAt()), report.unit(), report.unassigned(),
        report.required().stream()
            .map(required -> new Required(required.messageId(), required.why(), text(required.dueAt()))).toList(),
        report.messages().stream().map(Message::of).toList(), report.missing(),
        report.overdue().stream().map(late -> new Overdue(late.messageId(), text(late.dueAt()), late.lateSeconds()))
            .toList(),
        report.pending().stream().map(due -> new Pending(due.messageId(), text(due.dueAt()))).toList(),
        report.timings());
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
