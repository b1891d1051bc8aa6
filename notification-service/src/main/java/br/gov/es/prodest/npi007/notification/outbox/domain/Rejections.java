package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.notification.outbox.domain.CommandRejected.Kind;

/** The refusals of ASCOM's review, each with its reason code and a detail in Portuguese. */
final class Rejections {

  private Rejections() {
  }

  static CommandRejected notFound(NotificationCommand command) {
    return new CommandRejected(Kind.NOT_FOUND, "NOTIFICATION_NOT_FOUND",
        "A notificação " + command.notificationId() + " não existe.");
  }

  static CommandRejected idempotencyKeyReused(NotificationCommand command) {
    return new CommandRejected(Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED",
        "A chave de idempotência deste pedido já foi usada em um pedido com outro conteúdo"
            + " (notificação " + command.notificationId() + "); use uma chave nova para um pedido novo.");
  }

  static CommandRejected versionMismatch(NotificationCommand command, long version, long expected) {
    return new CommandRejected(Kind.CONFLICT, "VERSION_MISMATCH",
        "A notificação " + command.notificationId() + " está na versão " + version
            + ", não na versão " + expected + " esperada; consulte-a novamente.");
  }

  static CommandRejected alreadyApproved(ExistingNotification notification) {
    return new CommandRejected(Kind.CONFLICT, "ALREADY_APPROVED",
        "A notificação " + notification.notificationId() + " já foi aprovada.");
  }

  static CommandRejected alreadyPosted(ExistingNotification notification) {
    return new CommandRejected(Kind.CONFLICT, "ALREADY_POSTED",
        "A notificação " + notification.notificationId() + " já foi publicada manualmente pela ASCOM.");
  }

  static CommandRejected invalidEdit(String why) {
    return new CommandRejected(Kind.RULE_VIOLATED, "INVALID_EDIT", "Edição inválida: " + why + ".");
  }
}
