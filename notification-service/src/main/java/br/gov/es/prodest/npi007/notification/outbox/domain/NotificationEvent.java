package br.gov.es.prodest.npi007.notification.outbox.domain;

/** What happened to a message of the outbox; each event is one step of its stream. */
public sealed interface NotificationEvent permits MessageRendered, MessageEdited, MessageApproved, MessagePostedManually {

  Envelope envelope();
}
