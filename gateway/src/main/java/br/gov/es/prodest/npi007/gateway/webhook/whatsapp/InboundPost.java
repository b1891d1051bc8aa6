package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import java.time.Instant;

/**
 * A post as either provider's webhook delivers it, before the gateway decides whether it is the
 * group's (issue 14).
 *
 * @param id         the provider's message id
 * @param chat       the chat it was posted in: the group's id, or null for a one-to-one chat
 * @param sender     the sender's phone number, digits only
 * @param senderName the sender's profile name, when given
 * @param own        true for a post of PRODEST's own number (the provider echoes what we send)
 * @param postedAt   the provider's timestamp
 * @param kind       the provider's message type
 * @param text       the text or caption, null when there is none
 * @param replyTo    the id of the post it replies to, null when none
 */
record InboundPost(String id, String chat, String sender, String senderName, boolean own, Instant postedAt,
    String kind, String text, String replyTo) {

  /** A provider's timestamp: seconds since the epoch, as a number or a string; null when absent or unreadable. */
  static Instant epochSeconds(Object timestamp) {
    try {
      if (timestamp instanceof Number number) {
        return Instant.ofEpochSecond(number.longValue());
      }
      return timestamp == null ? null : Instant.ofEpochSecond(Long.parseLong(timestamp.toString().strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
