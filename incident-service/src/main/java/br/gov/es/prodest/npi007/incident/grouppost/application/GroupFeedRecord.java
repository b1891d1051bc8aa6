package br.gov.es.prodest.npi007.incident.grouppost.application;

import java.time.Instant;
import java.util.List;

/** A record the group feed takes from the group-posts and decisions topics (issue 14), as the adapter reads it. */
public sealed interface GroupFeedRecord {

  String postId();

  /** A post of the group, with its sender as the member directory knew the number (null names when it did not). */
  record Received(String postId, Instant postedAt, String senderName, String memberName, String memberOrgan,
      String kind, String text, String replyTo) implements GroupFeedRecord {
  }

  /** What the incident-service decided the post leads to. */
  record Decided(String postId, String outcome, String reason, String saNumber, String incidentId,
      List<String> candidates) implements GroupFeedRecord {
    public Decided {
      candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
  }

  /** TEAM or ASCOM dismissed the post's suggestion. */
  record Dismissed(String postId, String reason, String dismissedBy, Instant dismissedAt) implements GroupFeedRecord {
  }
}
