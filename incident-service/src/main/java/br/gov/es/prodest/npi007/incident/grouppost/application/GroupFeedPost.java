package br.gov.es.prodest.npi007.incident.grouppost.application;

import java.time.Instant;
import java.util.List;

/**
 * One post of the group feed (issue 14): who posted it (by name and organ, never the number), what
 * it says, what the incident-service decided, and what people made of it.
 *
 * @param situation  {@code PENDING_REPORT} (a possible report awaiting TEAM or ASCOM),
 *                   {@code PENDING_SA} (an SA number awaiting the team's choice of incident),
 *                   {@code LED_TO_INCIDENT}, {@code DISMISSED}, {@code IGNORED}, or
 *                   {@code UNDECIDED} (the decision has not reached the feed yet)
 * @param senderName the sender's WhatsApp profile name; shown only when the directory does not know the number
 * @param incidents  the incidents the post led to, in the order they came
 */
public record GroupFeedPost(
    String postId,
    Instant postedAt,
    String memberName,
    String memberOrgan,
    String senderName,
    String kind,
    String text,
    String replyTo,
    String situation,
    String outcome,
    String reason,
    String saNumber,
    List<String> candidates,
    List<Incident> incidents,
    Dismissal dismissal) {

  /** An incident the post led to, and how: {@code REPORTED}, {@code JOINED} or {@code SA_LINKED}. */
  public record Incident(String incidentId, String how) {
  }

  public record Dismissal(String reason, String dismissedBy, Instant dismissedAt) {
  }

  /** True while TEAM or ASCOM has something to do with it. */
  public boolean pending() {
    return situation.startsWith("PENDING_");
  }
}
