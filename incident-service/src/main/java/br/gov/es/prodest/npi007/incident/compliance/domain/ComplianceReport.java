package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One incident against the norm at a moment: the messages it required, those it got, which
 * required ones have not reached the group yet (still within their deadline, or past it), and how
 * long each step took.
 *
 * @param overdue the required messages not delivered nor posted by hand past their deadline, in the order required
 * @param pending the required messages not delivered nor posted by hand yet, still within their deadline
 * @param unit    the responsible unit's code (issue 15), or null when none was assigned
 * @param unassigned true when the team confirmed the incident and no unit is responsible for it
 *                (issue 15: "a confirmed incident without a unit is flagged in compliance")
 */
public record ComplianceReport(
    String incidentId,
    IncidentStatus status,
    String component,
    Instant reportedAt,
    String unit,
    boolean unassigned,
    List<RequiredMessage> required,
    List<MessageProgress> messages,
    List<Overdue> overdue,
    List<Pending> pending,
    ComplianceTimings timings) {

  public ComplianceReport {
    Objects.requireNonNull(incidentId, "incidentId");
    required = List.copyOf(required);
    messages = List.copyOf(messages);
    overdue = List.copyOf(overdue);
    pending = List.copyOf(pending);
  }

  /** The ids of the overdue messages: what the incident misses. */
  public List<String> missing() {
    return overdue.stream().map(Overdue::messageId).toList();
  }

  /** Whether a required message is past its deadline without having reached the group. */
  public boolean missesAny() {
    return !overdue.isEmpty();
  }

  /** A required message past its deadline, and by how many whole seconds. */
  public record Overdue(String messageId, Instant dueAt, long lateSeconds) {
  }

  /** A required message still within its deadline. */
  public record Pending(String messageId, Instant dueAt) {
  }
}
