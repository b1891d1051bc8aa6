package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;

/**
 * ASCOM posted the message in the group by hand; the system sends nothing.
 *
 * @param note where or how it was posted, or null
 */
public record MessagePostedManually(Envelope envelope, String note) implements NotificationEvent {
}
