package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.List;

/**
 * A message rendered for one channel.
 *
 * @param subject    e-mail subject (the title line), null for WhatsApp
 * @param text       plain text: WhatsApp's with the title in *bold*, or the e-mail's text part
 * @param html       the e-mail's HTML part, null for WhatsApp
 * @param recipients the e-mail addresses it goes to (sorted, distinct), resolved from the organ
 *                   catalogue when it was rendered; empty for WhatsApp (the group is configuration)
 */
public record ChannelText(Channel channel, String subject, String text, String html, List<String> recipients) {

  public ChannelText {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** A text without recipients: WhatsApp's, or an e-mail before its recipients are resolved. */
  public ChannelText(Channel channel, String subject, String text, String html) {
    this(channel, subject, text, html, List.of());
  }

  /** The same text, to these recipients. */
  public ChannelText to(List<String> addresses) {
    return new ChannelText(channel, subject, text, html, addresses);
  }
}
