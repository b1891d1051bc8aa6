package br.gov.es.prodest.npi007.notification.outbox.application;

import br.gov.es.prodest.npi007.notification.outbox.domain.Decision;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import java.util.List;

/**
 * Handles a notification's rendering and ASCOM's commands against its folded state (fold once: the
 * caller keeps the state, and folds a history only when it has nothing else).
 */
public final class NotificationCommandHandler {

  private NotificationCommandHandler() {
  }

  /** The events that open the notification, or none when it was opened before. */
  public static List<NotificationEvent> admit(MessageRendered rendered, NotificationState state) {
    return NotificationLifecycle.admit(rendered, state);
  }

  public static CommandOutcome handle(NotificationCommand command, NotificationState state) {
    Decision decision = NotificationLifecycle.decide(command, state);
    List<NotificationEvent> newEvents = decision instanceof Decision.Accepted accepted ? accepted.events() : List.of();
    return new CommandOutcome(command, decision, newEvents, after(state, newEvents));
  }

  /** The state after the new events. */
  public static NotificationState after(NotificationState state, List<NotificationEvent> newEvents) {
    NotificationState after = state;
    for (NotificationEvent event : newEvents) {
      after = NotificationLifecycle.evolve(after, event);
    }
    return after;
  }
}
