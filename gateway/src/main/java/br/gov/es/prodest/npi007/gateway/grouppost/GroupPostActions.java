package br.gov.es.prodest.npi007.gateway.grouppost;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDismissed;
import br.gov.es.prodest.npi007.gateway.command.CommandChannel;
import br.gov.es.prodest.npi007.gateway.command.CommandMetadataFactory;
import br.gov.es.prodest.npi007.gateway.command.CommandResults;
import br.gov.es.prodest.npi007.gateway.incident.IncidentAccepted;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.IncidentChanged;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeChannel;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What TEAM and ASCOM make of a pending post of the group feed (issue 14): turn a possible report
 * into a reported incident, link an SA number to the incident they choose, or dismiss the post with
 * a reason. A post is taken as the feed shows it (the member by name and organ, the text, the
 * time), and the command's id is derived from the post, so doing it twice is the same command; a
 * post the feed shows as handled already is refused (409 {@code GROUP_POST_NOT_PENDING}).
 *
 * <p>The feed lags the topics by a poll, so two people acting on one post at once could both find it
 * pending, and two different reports of it would open two incidents. Each action therefore first
 * claims the post here: a different action on a post claimed by another is refused (409) until the
 * claim's own command is refused or could not be sent (the claim is dropped) or {@link #CLAIM_KEPT}
 * has passed (by then the feed shows it). The same action again (a retry) passes. This holds within
 * one gateway; with several, the same race remains between them.
 */
@Service
public class GroupPostActions {

  /** How long a claim outlives its action: far longer than the feed takes to show the post handled. */
  static final Duration CLAIM_KEPT = Duration.ofMinutes(10);

  private record Claim(String action, Instant at) {
  }

  private final Map<String, Claim> claims = new ConcurrentHashMap<>();
  private final GroupPostQueries posts;
  private final CommandChannel incidentCommands;
  private final CommandMetadataFactory metadata;
  private final IntakeChannel intake;
  private final Clock clock;

  public GroupPostActions(GroupPostQueries posts, @Qualifier("incidentCommands") CommandChannel incidentCommands,
      CommandMetadataFactory metadata, IntakeChannel intake, Clock clock) {
    this.posts = posts;
    this.incidentCommands = incidentCommands;
    this.metadata = metadata;
    this.intake = intake;
    this.clock = clock;
  }

  /** NPI-007 5.2.1: the member's post becomes a report of the member's organ, reported by the member. */
  public CompletableFuture<IncidentAccepted> report(String postId, GroupPostReportRequest request, CurrentUser user) {
    GroupPostView post = pending(postId, "PENDING_REPORT");
    Claim claim = claim(postId, "report of " + ComponentKey.of(request.component()));
    UUID commandId = derived("group-post-report/", postId);
    String incidentId = IncidentPlacement.incidentId(commandId.toString(), request.component().strip());
    ReportIncident command = ReportIncident.newBuilder()
        .setMetadata(metadata.fromApi(commandId, user))
        .setIncidentId(incidentId)
        .setComponent(request.component().strip())
        .setOrgan(post.memberOrgan())
        .setDescription(post.text().strip())
        .setSource(ReportSource.WHATSAPP_GROUP)
        .setReportedBy(post.memberName())
        .setPostId(post.postId())
        .setPostedAt(post.postedAt())
        .setPostText(post.text())
        .setPostedBy(post.memberName())
        .build();
    return released(postId, claim, () -> incidentCommands.send(incidentId, command))
        .thenApply(result -> new IncidentAccepted(result.getAggregateId(), result.getStatus()));
  }

  /** NPI-007 5.2.2.1: the SA number the member posted, on the incident the team chose. */
  public CompletableFuture<IncidentChanged> linkServiceRequest(String postId, GroupPostLinkRequest request,
      CurrentUser user) {
    GroupPostView post = pending(postId, "PENDING_SA");
    String incidentId = request.incidentId().strip();
    Claim claim = claim(postId, "service request on " + incidentId);
    LinkServiceRequest command = LinkServiceRequest.newBuilder()
        .setMetadata(metadata.fromApi(derived("group-post-sa/", postId), user))
        .setIncidentId(incidentId)
        .setSaNumber(post.saNumber())
        .setPostId(post.postId())
        .setPostedAt(post.postedAt())
        .setPostText(post.text())
        .setPostedBy(post.memberName())
        .build();
    return released(postId, claim, () -> incidentCommands.send(incidentId, command))
        .thenApply(result -> new IncidentChanged(result.getAggregateId(), result.getStatus(), result.getVersion()));
  }

  /** The post leads to no incident: a dismissal on the group-posts topic, next to the post. */
  public void dismiss(String postId, GroupPostDismissalRequest request, CurrentUser user) {
    pending(postId, null);
    Claim claim = claim(postId, "dismissal");
    GroupPostDismissed dismissed = GroupPostDismissed.newBuilder()
        .setPostId(postId)
        .setReason(request.reason().strip())
        .setActor(metadata.fromApi(derived("group-post-dismissal/", postId), user).getActor())
        .setDismissedAt(clock.instant())
        .build();
    try {
      intake.write(Topics.GROUP_POSTS, List.of(new IntakeChannel.Intake(postId, dismissed)));
    } catch (RuntimeException e) {
      claims.remove(postId, claim);
      throw e;
    }
  }

  /** Claims the post for this action, or refuses it (409) when another action holds it. */
  private Claim claim(String postId, String action) {
    Instant now = clock.instant();
    claims.values().removeIf(held -> held.at().plus(CLAIM_KEPT).isBefore(now));
    Claim claim = new Claim(action, now);
    Claim held = claims.putIfAbsent(postId, claim);
    if (held == null) {
      return claim;
    }
    if (held.action().equals(action)) {
      return held;
    }
    throw ApiProblem.of(HttpStatus.CONFLICT, "GROUP_POST_NOT_PENDING", "A publicação " + postId
        + " acabou de receber outra decisão; atualize a página para ver qual.");
  }

  /**
   * The command's accepted result. Its claim is dropped when the command is refused or could not be
   * sent, so the post may be acted on again; kept when the answer did not come in time.
   */
  private CompletableFuture<CommandResult> released(String postId, Claim claim,
      Supplier<CompletableFuture<CommandResult>> send) {
    CompletableFuture<CommandResult> answer;
    try {
      answer = send.get().thenApply(CommandResults::requireAccepted);
    } catch (RuntimeException e) {
      claims.remove(postId, claim);
      throw e;
    }
    return answer.whenComplete((result, failure) -> {
      if (failure != null && !undecided(failure)) {
        claims.remove(postId, claim);
      }
    });
  }

  // a command that went unanswered may still be decided: its claim stays, so no other action races it
  private static boolean undecided(Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    return cause instanceof ApiProblem problem && problem.getBody().getProperties() != null
        && "COMMAND_TIMEOUT".equals(problem.getBody().getProperties().get(ApiProblem.CODE));
  }

  /** The post, when it is pending (of the given situation, when one is given); 404 or 409 otherwise. */
  private GroupPostView pending(String postId, String situation) {
    GroupPostView post = posts.one(postId);
    if (!post.pending() || (situation != null && !situation.equals(post.situation()))) {
      throw ApiProblem.of(HttpStatus.CONFLICT, "GROUP_POST_NOT_PENDING", "A publicação " + postId + " não aguarda "
          + (situation == null ? "uma decisão" : "PENDING_SA".equals(situation) ? "a escolha do incidente da SA"
          : "um relato") + ": a situação dela é " + post.situation() + ".");
    }
    return post;
  }

  private static UUID derived(String action, String postId) {
    return UUID.nameUUIDFromBytes((action + postId).getBytes(StandardCharsets.UTF_8));
  }
}
