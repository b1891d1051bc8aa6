package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.time.Instant;
import java.util.Objects;

/**
 * The SA was linked to the incident; the team can analyse it. When the SA number came from a post
 * of the WhatsApp group (issue 14), the post is its evidence: its id, time, text and who posted it
 * (by name); otherwise those four are null.
 */
public record ServiceRequestLinked(
    Envelope envelope,
    String saNumber,
    String postId,
    Instant postedAt,
    String postText,
    String postedBy) implements IncidentEvent {

  public ServiceRequestLinked {
    Objects.requireNonNull(envelope, "envelope");
  }

  /** A link with no post behind it. */
  public ServiceRequestLinked(Envelope envelope, String saNumber) {
    this(envelope, saNumber, null, null, null, null);
  }
}
