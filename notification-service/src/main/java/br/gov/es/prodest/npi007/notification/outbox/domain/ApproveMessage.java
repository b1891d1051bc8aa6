package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.CommandMetadata;
import java.util.List;

/**
 * ASCOM approves a message for sending, with the texts it edited first (none to approve it as rendered).
 */
public record ApproveMessage(CommandMetadata metadata, String notificationId, List<TextEdit> edits)
    implements NotificationCommand {

  public ApproveMessage {
    edits = edits == null ? List.of() : List.copyOf(edits);
  }
}
