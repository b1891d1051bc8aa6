package br.gov.es.prodest.npi007.notification.outbox.application;

import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NoNotification;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import java.util.List;

/**
 * The notification's rules ({@link NotificationLifecycle}) as the processing runs them: opened by
 * its rendering, then ASCOM's commands.
 */
public final class NotificationAggregate implements Aggregate<NotificationCommand, NotificationEvent, NotificationState> {

  public static final NotificationAggregate INSTANCE = new NotificationAggregate();

  private NotificationAggregate() {
  }

  /** The events that open the notification, or none when it was opened before. */
  public List<NotificationEvent> admit(MessageRendered rendered, NotificationState state) {
    return NotificationLifecycle.admit(rendered, state);
  }

  @Override
  public NotificationState initial() {
    return NoNotification.INSTANCE;
  }

  @Override
  public Decision<NotificationEvent> decide(NotificationCommand command, NotificationState state) {
    return NotificationLifecycle.decide(command, state);
  }

  @Override
  public NotificationState evolve(NotificationState state, NotificationEvent event) {
    return NotificationLifecycle.evolve(state, event);
  }
}
