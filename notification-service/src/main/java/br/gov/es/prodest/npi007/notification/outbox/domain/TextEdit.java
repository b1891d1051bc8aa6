package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;

/**
 * ASCOM's new text for one channel of a message.
 *
 * @param subject the e-mail's new subject, or null to keep it (WhatsApp has none)
 * @param text    the whole new text: WhatsApp's, or the e-mail's text part
 */
public record TextEdit(Channel channel, String subject, String text) {
}
