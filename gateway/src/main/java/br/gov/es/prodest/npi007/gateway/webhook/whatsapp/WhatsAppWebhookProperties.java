package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp Cloud API webhook's credentials, from Meta's app configuration. Unlike the other
 * webhooks', none is generated: they must match what is configured at Meta, so without them the
 * webhook answers 503.
 *
 * @param verifyToken the {@code hub.verify_token} of the subscription handshake ({@code NPI007_WHATSAPP_VERIFY_TOKEN})
 * @param appSecret   the app secret that signs each POST in {@code X-Hub-Signature-256} ({@code NPI007_WHATSAPP_APP_SECRET})
 */
@ConfigurationProperties("npi007.whatsapp-webhook")
public record WhatsAppWebhookProperties(String verifyToken, String appSecret) {

  boolean configured() {
    return verifyToken != null && !verifyToken.isBlank() && appSecret != null && !appSecret.isBlank();
  }

  /** No secret in a log line or a debug dump. */
  @Override
  public String toString() {
    return "WhatsAppWebhookProperties[verifyToken=***, appSecret=***]";
  }
}
