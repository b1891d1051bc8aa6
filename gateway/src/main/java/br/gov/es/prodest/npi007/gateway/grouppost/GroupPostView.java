package br.gov.es.prodest.npi007.gateway.grouppost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A post of the WhatsApp group's feed, as the incident-service's feed answers it (issue 14): the
 * member by name and organ, never the number.
 *
 * @param situation {@code PENDING_REPORT}, {@code PENDING_SA}, {@code LED_TO_INCIDENT}, {@code DISMISSED},
 *                  {@code IGNORED} or {@code UNDECIDED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupPostView(
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

  public GroupPostView {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
  }

  /** An incident the post led to, and how: {@code REPORTED}, {@code JOINED} or {@code SA_LINKED}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Incident(String incidentId, String how) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Dismissal(String reason, String dismissedBy, Instant dismissedAt) {
  }

  public boolean pending() {
    return situation != null && situation.startsWith("PENDING_");
  }
}
