package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.Objects;

/**
 * A possible incident was reported and the incident opened. When TEAM or ASCOM turned a post of the
 * WhatsApp group into the report (issue 14), the post is its evidence (id, time, text, who by name);
 * otherwise those four are null.
 *
 * @param unit             the responsible unit named at the report (an alert's label, issue 15), or null
 * @param unrecognisedUnit an alert's unit label that names no unit of the catalogue, as sent, or null
 */
public record IncidentReported(
    Envelope envelope,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy,
    String postId,
    Instant postedAt,
    String postText,
    String postedBy,
    String unit,
    String unrecognisedUnit) implements IncidentEvent {

  public IncidentReported {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(source, "source");
  }

  /** A report with no post behind it. */
  public IncidentReported(Envelope envelope, String component, String organ, String description, ReportSource source,
      String reportedBy) {
    this(envelope, component, organ, description, source, reportedBy, null, null, null, null);
  }

  /** A report that names no responsible unit. */
  public IncidentReported(Envelope envelope, String component, String organ, String description, ReportSource source,
      String reportedBy, String postId, Instant postedAt, String postText, String postedBy) {
    this(envelope, component, organ, description, source, reportedBy, postId, postedAt, postText, postedBy, null,
        null);
  }

  /** The status the incident opened with. */
  public IncidentStatus status() {
    return IncidentStatus.openedBy(source);
  }
}
