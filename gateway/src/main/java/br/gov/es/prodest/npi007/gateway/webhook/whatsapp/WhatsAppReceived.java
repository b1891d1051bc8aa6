package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

/**
 * The answer to a WhatsApp webhook POST: what it carried.
 *
 * @param messages how many inbound messages
 * @param statuses how many status updates of messages sent
 * @param recorded how many of the messages were posts of the configured group, now recorded (issue 14)
 */
public record WhatsAppReceived(int messages, int statuses, int recorded) {
}
