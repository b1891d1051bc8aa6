package br.gov.es.prodest.npi007.delivery;

import java.util.Map;

/**
 * One attempt to deliver one message to one recipient.
 *
 * @param deliveryId     the delivery's deterministic id (stable across attempts); e-mail uses it for
 *                       the {@code Message-ID} header, so a receiving server can tell a repeat
 * @param notificationId the notification (message in ASCOM's outbox)
 * @param attempt        1, 2, 3 …
 * @param recipient      for WhatsApp the group id (Cloud API), group JID {@code …@g.us} (Evolution API)
 *                       or phone number; for e-mail the address
 * @param subject        the e-mail subject (null for WhatsApp)
 * @param text           the plain text: WhatsApp's whole message, or the e-mail's text part
 * @param html           the e-mail's HTML part (null for WhatsApp, or for a text-only e-mail)
 * @param headers        extra e-mail headers (e.g. {@code List-Unsubscribe}); empty for most deliveries
 */
public record Delivery(String deliveryId, String notificationId, int attempt, String recipient, String subject,
    String text, String html, Map<String, String> headers) {

  public Delivery {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** A delivery without extra headers. */
  public Delivery(String deliveryId, String notificationId, int attempt, String recipient, String subject,
      String text, String html) {
    this(deliveryId, notificationId, attempt, recipient, subject, text, html, Map.of());
  }
}
