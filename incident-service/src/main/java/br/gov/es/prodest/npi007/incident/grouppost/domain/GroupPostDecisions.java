package br.gov.es.prodest.npi007.incident.grouppost.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each post of the group leads to (issue 14; NPI-007 5.2.1 and 5.2.2.1): an SA number posted
 * by a known member is linked to its organ's incident waiting for one when there is exactly one
 * (and automatic linking is on), else it waits for the team; any other text of a known member is a
 * possible report, never an incident by itself; PRODEST's own posts and an unknown sender's lead to
 * nothing.
 */
public final class GroupPostDecisions {

  private static final String PRODEST = "PRODEST";

  private GroupPostDecisions() {
  }

  /**
   * @param awaitingServiceRequest an organ's incidents waiting for an SA (reported, or acknowledged by
   *                               6.1 and waiting), in the order 6.1 answered them
   * @param autolink               NPI007_GROUP_AUTOLINK_SA: link a single candidate at once
   */
  public static GroupPostOutcome decide(GroupPost post, SaNumberPatterns patterns,
      Function<String, List<String>> awaitingServiceRequest, boolean autolink) {
    if (!post.fromKnownMember()) {
      return new GroupPostOutcome.Ignored("remetente fora do cadastro de membros do grupo");
    }
    if (PRODEST.equals(post.memberOrgan())) {
      return new GroupPostOutcome.Ignored("publicação da própria PRODEST");
    }
    if (post.text() == null || post.text().isBlank()) {
      return new GroupPostOutcome.Ignored("publicação sem texto");
    }
    Optional<String> saNumber = patterns.find(post);
    if (saNumber.isEmpty()) {
      return new GroupPostOutcome.PossibleReport();
    }
    List<String> candidates = awaitingServiceRequest.apply(post.memberOrgan());
    if (autolink && candidates.size() == 1) {
      return new GroupPostOutcome.LinksServiceRequest(candidates.get(0), saNumber.get());
    }
    return new GroupPostOutcome.ServiceRequestAwaitsTeam(saNumber.get(), candidates);
  }
}
