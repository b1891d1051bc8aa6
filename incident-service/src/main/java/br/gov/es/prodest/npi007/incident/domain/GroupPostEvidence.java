package br.gov.es.prodest.npi007.incident.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What an incident keeps of a post of the WhatsApp group that acted on it (issue 14): the post's
 * id, time and text, and who posted it by name. The phone number stays with the raw post, whose
 * topic expires; the incident keeps this evidence for good.
 */
public record GroupPostEvidence(String postId, Instant postedAt, String text, String postedBy) {

  public GroupPostEvidence {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(postedAt, "postedAt");
  }
}
