package br.gov.es.prodest.npi007.notification.outbox.domain;

import java.util.List;
import java.util.Objects;

/**
 * Whether a command seen before repeats the one applied: the same id and content is a retry; the
 * same id with other content is a reused Idempotency-Key. The content is compared with the events
 * the applied command caused.
 */
final class Retries {

  private Retries() {
  }

  static boolean repeats(NotificationCommand command, List<NotificationEvent> caused, ExistingNotification now) {
    if (command instanceof ApproveMessage approve && caused.stream().anyMatch(MessageApproved.class::isInstance)) {
      List<?> edited = caused.stream().filter(MessageEdited.class::isInstance).map(MessageEdited.class::cast)
          .findFirst().map(MessageEdited::texts).orElse(List.of());
      return Edits.refusal(approve.edits(), now).isEmpty() && Edits.applied(approve.edits(), now).equals(edited);
    } else if (command instanceof MarkMessagePosted mark && caused.size() == 1
        && caused.get(0) instanceof MessagePostedManually posted) {
      return Objects.equals(NotificationLifecycle.text(mark.note()), posted.note());
    }
    return false;
  }
}
