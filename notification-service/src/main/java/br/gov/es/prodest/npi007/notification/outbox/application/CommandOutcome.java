package br.gov.es.prodest.npi007.notification.outbox.application;

import br.gov.es.prodest.npi007.notification.outbox.domain.CommandRejected;
import br.gov.es.prodest.npi007.notification.outbox.domain.Decision;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import java.util.List;
import java.util.Optional;

/**
 * One command handled: what was decided, the events to append, and the notification afterwards.
 *
 * @param newEvents the events to append and publish, in order; empty for a rejection or a retry
 */
public record CommandOutcome(NotificationCommand command, Decision decision, List<NotificationEvent> newEvents,
    NotificationState after) {

  public CommandOutcome {
    newEvents = List.copyOf(newEvents);
  }

  public boolean accepted() {
    return decision instanceof Decision.Accepted;
  }

  public Optional<CommandRejected> rejection() {
    return decision instanceof CommandRejected rejected ? Optional.of(rejected) : Optional.empty();
  }

  public Optional<NotificationStatus> status() {
    return after.currentStatus();
  }

  public long version() {
    return after.version();
  }

  public List<String> eventIds() {
    return newEvents.stream().map(event -> event.envelope().eventId()).toList();
  }
}
