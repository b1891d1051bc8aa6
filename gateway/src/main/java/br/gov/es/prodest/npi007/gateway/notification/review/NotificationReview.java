package br.gov.es.prodest.npi007.gateway.notification.review;

import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.gateway.command.AggregateCommands;
import br.gov.es.prodest.npi007.gateway.command.CommandChannel;
import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * ASCOM's review of the outbox: turns a validated request into its command, sends it to the
 * notification-service and completes with the answer. Whether the message may still be approved or
 * posted is the notification-service's decision; a refusal comes back as a problem document.
 */
@Service
public class NotificationReview {

  private final CommandChannel notificationCommands;
  private final AggregateCommands commands;

  public NotificationReview(@Qualifier("notificationCommands") CommandChannel notificationCommands,
      AggregateCommands commands) {
    this.notificationCommands = notificationCommands;
    this.commands = commands;
  }

  /** NPI-007 5.2.2: ASCOM reviews, may edit, and approves a message before it is sent. */
  public CompletableFuture<NotificationChanged> approve(String notificationId, ApprovalRequest request, CurrentUser user,
      CommandConditions conditions) {
    List<ChannelEdit> edits = ChannelEdit.of(request);
    return send(notificationId, "approve-message", edits, user, conditions, meta -> ApproveMessage.newBuilder()
        .setMetadata(meta)
        .setNotificationId(notificationId)
        .setEdits(edits.stream().map(ChannelEdit::toWire).toList())
        .build());
  }

  /** ASCOM posted the message in the group by hand: the system does not send it. */
  public CompletableFuture<NotificationChanged> markPosted(String notificationId, PostedRequest request, CurrentUser user,
      CommandConditions conditions) {
    PostedRequest posted = new PostedRequest(request == null ? null : stripToNull(request.note()));
    return send(notificationId, "mark-message-posted", posted, user, conditions, meta -> MarkMessagePosted.newBuilder()
        .setMetadata(meta)
        .setNotificationId(notificationId)
        .setNote(posted.note())
        .build());
  }

  private CompletableFuture<NotificationChanged> send(String notificationId, String operation, Object request, CurrentUser user,
      CommandConditions conditions, Function<CommandMetadata, SpecificRecord> command) {
    return commands.send(notificationCommands, notificationId, operation, request, user, conditions, command)
        .thenApply(result -> new NotificationChanged(result.getAggregateId(), result.getStatus(), result.getVersion()));
  }

  private static String stripToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
