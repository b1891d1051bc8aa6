package br.gov.es.prodest.npi007.delivery.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A self-hosted Evolution API (v2) gateway.
 *
 * @param baseUrl  the gateway's address, e.g. {@code https://whatsapp.prodest.es.gov.br}
 * @param instance the instance (connected WhatsApp number) that sends
 * @param apiKey   sent in the {@code apikey} header; never logged
 * @param timeout  bounds the connection and the wait for the answer, each
 */
public record EvolutionApiSettings(URI baseUrl, String instance, String apiKey, Duration timeout) {

  public EvolutionApiSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (instance == null || instance.isBlank()) {
      throw new IllegalArgumentException("instance must not be blank");
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /** Without the key. */
  @Override
  public String toString() {
    return "EvolutionApiSettings[baseUrl=" + baseUrl + ", instance=" + instance + ", apiKey=***, timeout="
        + timeout + "]";
  }
}
