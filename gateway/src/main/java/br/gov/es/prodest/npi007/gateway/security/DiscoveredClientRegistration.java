package br.gov.es.prodest.npi007.gateway.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The console's client at the identity provider, read from the issuer's discovery document on the
 * first sign-in rather than at start-up, so that the gateway starts (and its API answers 401) while the
 * provider is still down; a failed discovery is tried again on the next sign-in.
 */
final class DiscoveredClientRegistration implements ClientRegistrationRepository {

  private final OidcSettings settings;
  private volatile ClientRegistration registration;

  DiscoveredClientRegistration(OidcSettings settings) {
    this.settings = settings;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
      return null;
    }
    ClientRegistration known = registration;
    if (known == null) {
      synchronized (this) {
        if (registration == null) {
          registration = discover();
        }
        known = registration;
      }
    }
    return known;
  }

  private ClientRegistration discover() {
    // the issuer in the discovery document must equal the configured one (OIDC Discovery 4.3)
    return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
        .registrationId(OidcSettings.REGISTRATION_ID)
        .clientId(settings.clientId())
        .clientSecret(settings.clientSecret())
        .scope("openid", "profile")
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        // RFC 7636, S256: the code is useless to whoever intercepts the redirect, even with the secret
        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
        .build();
  }
}
