package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.CommandMetadata;

/** ASCOM says it posted the message in the group by hand, with where or how if it says. */
public record MarkMessagePosted(CommandMetadata metadata, String notificationId, String note)
    implements NotificationCommand {
}
