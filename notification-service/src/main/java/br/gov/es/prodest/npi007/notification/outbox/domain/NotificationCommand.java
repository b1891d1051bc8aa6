package br.gov.es.prodest.npi007.notification.outbox.domain;

/** ASCOM's commands on a message of the outbox. */
public sealed interface NotificationCommand permits ApproveMessage, MarkMessagePosted {

  CommandMetadata metadata();

  String notificationId();
}
