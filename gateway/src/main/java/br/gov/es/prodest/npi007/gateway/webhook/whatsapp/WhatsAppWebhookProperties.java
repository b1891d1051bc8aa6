package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp webhooks' settings. Unlike the other webhooks' credentials, none is generated: they
 * must match what is configured at Meta or in the Evolution API, so without them a webhook answers 503.
 *
 * @param verifyToken     the {@code hub.verify_token} of the Cloud API's subscription handshake ({@code NPI007_WHATSAPP_VERIFY_TOKEN})
 * @param appSecret       the app secret that signs each Cloud API POST in {@code X-Hub-Signature-256} ({@code NPI007_WHATSAPP_APP_SECRET})
 * @param evolutionApiKey the Evolution API instance's key, which its webhook carries as {@code apikey} ({@code NPI007_EVOLUTION_API_KEY})
 * @param group           the group whose posts are recorded: the Cloud API's {@code group_id} or the Evolution API's
 *                        {@code remoteJid}, the same value the messages are sent to ({@code NPI007_WHATSAPP_RECIPIENT})
 */
@ConfigurationProperties("npi007.whatsapp-webhook")
public record WhatsAppWebhookProperties(String verifyToken, String appSecret, String evolutionApiKey, String group) {

  boolean configured() {
    return verifyToken != null && !verifyToken.isBlank() && appSecret != null && !appSecret.isBlank();
  }

  boolean evolutionConfigured() {
    return evolutionApiKey != null && !evolutionApiKey.isBlank();
  }

  /** No secret in a log line or a debug dump. */
  @Override
  public String toString() {
    return "WhatsAppWebhookProperties[verifyToken=***, appSecret=***, evolutionApiKey=***, group=" + group + "]";
  }
}
