package br.gov.es.prodest.npi007.delivery.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The WhatsApp Business Cloud API (Meta's Graph API) as one phone number sends through it.
 *
 * @param baseUrl       e.g. {@code https://graph.facebook.com}
 * @param version       the Graph API version, e.g. {@code v23.0}
 * @param phoneNumberId the business phone number's id
 * @param token         the access token (sent as a bearer token; never logged)
 * @param recipientType {@code group} (the recipient is a group id) or {@code individual} (a phone number)
 * @param timeout       bounds the connection and the wait for the answer, each
 */
public record WhatsAppCloudApiSettings(URI baseUrl, String version, String phoneNumberId, String token,
    String recipientType, Duration timeout) {

  public WhatsAppCloudApiSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    requireText(version, "version");
    requireText(phoneNumberId, "phoneNumberId");
    requireText(token, "token");
    if (!"group".equals(recipientType) && !"individual".equals(recipientType)) {
      throw new IllegalArgumentException("recipientType must be group or individual, was " + recipientType);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** Without the token. */
  @Override
  public String toString() {
    return "WhatsAppCloudApiSettings[baseUrl=" + baseUrl + ", version=" + version + ", phoneNumberId="
        + phoneNumberId + ", token=***, recipientType=" + recipientType + ", timeout=" + timeout + "]";
  }
}
