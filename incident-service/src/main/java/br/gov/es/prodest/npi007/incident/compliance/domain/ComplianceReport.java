package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One incident against the norm: the messages it required, those it got, which required ones
 * have not reached the group yet, and how long each step took.
 *
 * @param missing the ids of required messages not delivered nor posted by hand, in the order required
 */
public record ComplianceReport(
    String incidentId,
    IncidentStatus status,
    String component,
    Instant reportedAt,
    List<RequiredMessage> required,
    List<MessageProgress> messages,
    List<String> missing,
    ComplianceTimings timings) {

  public ComplianceReport {
    Objects.requireNonNull(incidentId, "incidentId");
    required = List.copyOf(required);
    messages = List.copyOf(messages);
    missing = List.copyOf(missing);
  }

  public boolean missesAny() {
    return !missing.isEmpty();
  }
}
