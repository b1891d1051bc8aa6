package br.gov.es.prodest.npi007.notification.outbox.domain;

import java.util.List;

/** The outcome of deciding one command: the events it causes, or why it is refused. */
public sealed interface Decision permits Decision.Accepted, CommandRejected {

  /**
   * The command is applied.
   *
   * @param events the new events, in order; empty when the command had already been applied (a retry)
   */
  record Accepted(List<NotificationEvent> events) implements Decision {

    public Accepted {
      events = List.copyOf(events);
    }

    static Accepted retry() {
      return new Accepted(List.of());
    }
  }
}
