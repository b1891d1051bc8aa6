package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.aggregate.CommandMetadata;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;

/** ASCOM's commands on a message of the outbox. */
public sealed interface NotificationCommand extends Command permits ApproveMessage, MarkMessagePosted {

  CommandMetadata metadata();

  String notificationId();

  @Override
  default String aggregateId() {
    return notificationId();
  }

  @Override
  default String commandId() {
    return metadata().commandId();
  }

  @Override
  default String correlationId() {
    return metadata().correlationId();
  }

  @Override
  default Instant issuedAt() {
    return metadata().issuedAt();
  }

  @Override
  default Actor actor() {
    return metadata().actor();
  }

  @Override
  default Origin origin() {
    return metadata().origin();
  }

  @Override
  default Long expectedVersion() {
    return metadata().expectedVersion();
  }
}
