package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.Objects;

/** A report of the same component arrived while the incident was open, and joined it; component is the incident's, as first reported. */
public record ReportJoined(
    Envelope envelope,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy,
    String postId,
    Instant postedAt,
    String postText,
    String postedBy) implements IncidentEvent {

  public ReportJoined {
    Objects.requireNonNull(envelope, "envelope");
  }

  /** A joined report with no post of the group behind it. */
  public ReportJoined(Envelope envelope, String component, String organ, String description, ReportSource source,
      String reportedBy) {
    this(envelope, component, organ, description, source, reportedBy, null, null, null, null);
  }
}
