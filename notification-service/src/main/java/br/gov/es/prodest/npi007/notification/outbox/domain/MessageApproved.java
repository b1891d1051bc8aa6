package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;

/** ASCOM approved the message, or the service did for a message that needs no review (AUTO). */
public record MessageApproved(Envelope envelope) implements NotificationEvent {
}
