package br.gov.es.prodest.npi007.gateway.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The webhooks' credentials (CONTRACTS.md, issue 3). When one is not configured, a random one is
 * generated at start-up and printed once to standard output.
 *
 * @param serviceDeskSecret the HMAC-SHA256 key of {@code X-Npi007-Signature} ({@code NPI007_SERVICE_DESK_SECRET})
 * @param token             the bearer token of the alert webhooks ({@code NPI007_WEBHOOK_TOKEN})
 */
@ConfigurationProperties("npi007.webhooks")
public record WebhookProperties(String serviceDeskSecret, String token) {

  /** No secret in a log line or a debug dump. */
  @Override
  public String toString() {
    return "WebhookProperties[serviceDeskSecret=***, token=***]";
  }
}
