package br.gov.es.prodest.npi007.incident.domain;

import java.time.Instant;

/**
 * What an incident keeps of a post of the WhatsApp group that acted on it (issue 14): the post's
 * id, time and text, and who posted it by name. The phone number stays with the raw post, whose
 * topic expires; the incident keeps this evidence for good. A command from anywhere but the group
 * carries {@link #NONE}, every field null, which is what its events then hold.
 */
public record GroupPostEvidence(String postId, Instant postedAt, String text, String postedBy) {

  /** No post behind the command. */
  public static final GroupPostEvidence NONE = new GroupPostEvidence(null, null, null, null);

  /** The evidence, or {@link #NONE} when there is none. */
  static GroupPostEvidence orNone(GroupPostEvidence evidence) {
    return evidence == null ? NONE : evidence;
  }
}
