package br.gov.es.prodest.npi007.incident.domain;

import java.util.Objects;

/**
 * Whether a command seen before repeats the one applied: same id and same content is a retry; the
 * same id with other content is a reused Idempotency-Key. The content is compared, as recorded,
 * with the first event the applied command caused.
 */
final class Retries {

  private Retries() {
  }

  static boolean repeats(IncidentCommand command, IncidentEvent caused) {
    if (command instanceof ReportIncident report && caused instanceof IncidentReported reported) {
      return same(report.component(), reported.component()) && sameReport(report, reported.organ(),
          reported.description(), reported.source(), reported.reportedBy()) && same(report.unit(), reported.unit());
    } else if (command instanceof ReportIncident report && caused instanceof ReportJoined joined) {
      return sameReport(report, joined.organ(), joined.description(), joined.source(), joined.reportedBy());
    } else if (command instanceof LinkServiceRequest link && caused instanceof ServiceRequestLinked linked) {
      return same(link.saNumber(), linked.saNumber());
    } else if (command instanceof TriageIncident triage && caused instanceof IncidentTriaged triaged) {
      return triage.verdict() == triaged.verdict()
          && (triaged.impact() == null || same(triage.impact(), triaged.impact()))
          && (triaged.organ() == null || same(triage.organ(), triaged.organ()));
    } else if (command instanceof RestoreService restore && caused instanceof ServiceRestored restored) {
      return same(restore.note(), restored.note());
    } else if (command instanceof PostStatement statement && caused instanceof StatementPosted posted) {
      return statement.kind() == posted.kind() && same(statement.text(), posted.text())
          && statement.office() == posted.office() && same(statement.unit(), posted.unit());
    } else if (command instanceof LinkMaintenance link && caused instanceof MaintenanceLinked linked) {
      return same(link.maintenanceId(), linked.maintenanceId());
    } else if (command instanceof RecordServiceRequestUpdate update && caused instanceof ServiceRequestUpdated updated) {
      return same(update.saNumber(), updated.saNumber()) && update.state() == updated.state()
          && same(update.summary(), updated.summary());
    } else if (command instanceof RecordAcknowledgement acknowledgement
        && caused instanceof ReportAcknowledged acknowledged) {
      return same(acknowledgement.notificationId(), acknowledged.notificationId());
    } else if (command instanceof AssignIncident assignment && caused instanceof IncidentAssigned assigned) {
      return same(assignment.unit(), assigned.unit()) && same(assignment.note(), assigned.note());
    } else if (command instanceof RecordAlertResolution resolution && caused instanceof AlertResolved resolved) {
      return Objects.equals(resolution.fingerprint(), resolved.fingerprint())
          && Objects.equals(resolution.alertName(), resolved.alertName())
          && Objects.equals(resolution.resolvedAt(), resolved.resolvedAt())
          && same(resolution.summary(), resolved.summary());
    }
    return false;
  }

  private static boolean sameReport(ReportIncident report, String organ, String description, ReportSource source,
      String reportedBy) {
    return same(report.organ(), organ) && same(report.description(), description) && report.source() == source
        && same(report.reportedBy(), reportedBy);
  }

  private static boolean same(String commanded, String recorded) {
    return Objects.equals(Incident.text(commanded), recorded);
  }
}
