package br.gov.es.prodest.npi007.gateway.grouppost;

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
import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What TEAM and ASCOM make of a pending post of the group feed (issue 14): turn a possible report
 * into a reported incident, link an SA number to the incident they choose, or dismiss the post with
 * a reason. A post is taken as the feed shows it (the member by name and organ, the text, the
 * time), and the command's id is derived from the post, so doing it twice is the same command; a
 * post the feed shows as handled already is refused (409 {@code GROUP_POST_NOT_PENDING}).
 */
@Service
public class GroupPostActions {

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
    return incidentCommands.send(incidentId, command).thenApply(CommandResults::requireAccepted)
        .thenApply(result -> new IncidentAccepted(result.getAggregateId(), result.getStatus()));
  }

  /** NPI-007 5.2.2.1: the SA number the member posted, on the incident the team chose. */
  public CompletableFuture<IncidentChanged> linkServiceRequest(String postId, GroupPostLinkRequest request,
      CurrentUser user) {
    GroupPostView post = pending(postId, "PENDING_SA");
    String incidentId = request.incidentId().strip();
    LinkServiceRequest command = LinkServiceRequest.newBuilder()
        .setMetadata(metadata.fromApi(derived("group-post-sa/", postId), user))
        .setIncidentId(incidentId)
        .setSaNumber(post.saNumber())
        .setPostId(post.postId())
        .setPostedAt(post.postedAt())
        .setPostText(post.text())
        .setPostedBy(post.memberName())
        .build();
    return incidentCommands.send(incidentId, command).thenApply(CommandResults::requireAccepted)
        .thenApply(result -> new IncidentChanged(result.getAggregateId(), result.getStatus(), result.getVersion()));
  }

  /** The post leads to no incident: a dismissal on the group-posts topic, next to the post. */
  public void dismiss(String postId, GroupPostDismissalRequest request, CurrentUser user) {
    pending(postId, null);
    GroupPostDismissed dismissed = GroupPostDismissed.newBuilder()
        .setPostId(postId)
        .setReason(request.reason().strip())
        .setActor(metadata.fromApi(derived("group-post-dismissal/", postId), user).getActor())
        .setDismissedAt(clock.instant())
        .build();
    intake.write(Topics.GROUP_POSTS, List.of(new IntakeChannel.Intake(postId, dismissed)));
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
