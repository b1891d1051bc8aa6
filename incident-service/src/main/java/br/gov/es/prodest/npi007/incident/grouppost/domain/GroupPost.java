package br.gov.es.prodest.npi007.incident.grouppost.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A post of the WhatsApp group, as the incident-service reads it (issue 14).
 *
 * @param postId      the provider's message id
 * @param memberName  the sender's name in the member directory at receipt; null for an unknown number
 * @param memberOrgan the sender's organ in the member directory at receipt; null for an unknown number
 * @param postedAt    when it was posted
 * @param text        its text or caption; null when it has none
 * @param reply       true when it replies to another post of the group
 */
public record GroupPost(String postId, String memberName, String memberOrgan, Instant postedAt, String text,
    boolean reply) {

  public GroupPost {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(postedAt, "postedAt");
  }

  /** True when the member directory knew the sender when the post arrived. */
  public boolean fromKnownMember() {
    return memberOrgan != null && !memberOrgan.isBlank();
  }
}
