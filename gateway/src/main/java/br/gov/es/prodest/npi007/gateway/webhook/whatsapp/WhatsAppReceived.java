package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

/**
 * The answer to a WhatsApp webhook POST: what it carried.
 *
 * @param messages how many inbound messages
 * @param statuses how many status updates of messages sent
 */
public record WhatsAppReceived(int messages, int statuses) {
}
