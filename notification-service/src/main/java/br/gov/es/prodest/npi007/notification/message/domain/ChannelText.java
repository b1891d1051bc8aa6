package br.gov.es.prodest.npi007.notification.message.domain;

/**
 * A message rendered for one channel.
 *
 * @param subject e-mail subject (the title line), null for WhatsApp
 * @param text    plain text: WhatsApp's with the title in *bold*, or the e-mail's text part
 * @param html    the e-mail's HTML part, null for WhatsApp
 */
public record ChannelText(Channel channel, String subject, String text, String html) {
}
