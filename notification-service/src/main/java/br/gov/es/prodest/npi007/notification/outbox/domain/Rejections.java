package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.AggregateName;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;

/** The refusals of ASCOM's review, each with its reason code and a detail in Portuguese. */
final class Rejections {

  static final AggregateName NAME = new AggregateName("NOTIFICATION", "a", "notificação");

  private Rejections() {
  }

  static CommandRejected alreadyApproved(ExistingNotification notification) {
    return CommandRejected.conflict("ALREADY_APPROVED",
        "A notificação " + notification.notificationId() + " já foi aprovada.");
  }

  static CommandRejected alreadyPosted(ExistingNotification notification) {
    return CommandRejected.conflict("ALREADY_POSTED",
        "A notificação " + notification.notificationId() + " já foi publicada manualmente pela ASCOM.");
  }

  static CommandRejected beingSent(ExistingNotification notification) {
    return CommandRejected.conflict("MESSAGE_BEING_SENT", "A notificação " + notification.notificationId()
        + " está sendo enviada agora; aguarde o resultado da entrega antes de publicá-la manualmente.");
  }

  static CommandRejected alreadyDelivered(ExistingNotification notification) {
    return CommandRejected.conflict("ALREADY_DELIVERED", "A notificação " + notification.notificationId()
        + " já foi entregue a todos os destinos; não há o que publicar manualmente.");
  }

  static CommandRejected invalidEdit(String why) {
    return CommandRejected.ruleViolated("INVALID_EDIT", "Edição inválida: " + why + ".");
  }
}
