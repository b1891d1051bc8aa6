package br.gov.es.prodest.npi007.notification.outbox.application;

import br.gov.es.prodest.npi007.notification.outbox.domain.Decision;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import java.util.List;

/** Handles a notification's rendering and ASCOM's commands against its history: the state is its events folded. */
public final class NotificationCommandHandler {

  private NotificationCommandHandler() {
  }

  /** The events that open the notification, or none when it was opened before. */
  public static List<NotificationEvent> admit(MessageRendered rendered, List<NotificationEvent> history) {
    return NotificationLifecycle.admit(rendered, NotificationLifecycle.replay(history));
  }

  public static CommandOutcome handle(NotificationCommand command, List<NotificationEvent> history) {
    NotificationState state = NotificationLifecycle.replay(history);
    Decision decision = NotificationLifecycle.decide(command, state);
    List<NotificationEvent> newEvents = decision instanceof Decision.Accepted accepted ? accepted.events() : List.of();
    NotificationState after = state;
    for (NotificationEvent event : newEvents) {
      after = NotificationLifecycle.evolve(after, event);
    }
    return new CommandOutcome(command, decision, newEvents, after);
  }
}
