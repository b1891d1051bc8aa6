package br.gov.es.prodest.npi007.gateway.notification.review;

/**
 * The answer to an accepted command on a notification of ASCOM's outbox.
 *
 * @param id      the notification's id
 * @param status  its outbox status after the command, e.g. APPROVED, POSTED_MANUALLY
 * @param version its version after the command: the next {@code If-Match}
 */
public record NotificationChanged(String id, String status, long version) {
}
