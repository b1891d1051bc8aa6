package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Event;


/** What happened to a message of the outbox; each event is one step of its stream. */
public sealed interface NotificationEvent extends Event permits MessageRendered, MessageEdited, MessageApproved, MessagePostedManually {
}
