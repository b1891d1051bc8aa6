package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.AggregateState;
import java.util.Optional;

/** What deciding a command needs to know about one notification, folded from its events. */
public sealed interface NotificationState extends AggregateState permits NoNotification, ExistingNotification {

  /** The lifecycle status, once it exists. */
  default Optional<NotificationStatus> currentStatus() {
    return Optional.empty();
  }
}
