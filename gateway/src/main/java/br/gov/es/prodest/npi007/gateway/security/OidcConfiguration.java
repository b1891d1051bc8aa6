package br.gov.es.prodest.npi007.gateway.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** The identity provider's parts, present only when {@code NPI007_OIDC_ISSUER_URI} is set (issue 13). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${npi007.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

  /**
   * Bearer tokens: signed by a key of the issuer's JWKS (found through its discovery document, read on
   * the first token), issued by that issuer, and within their times.
   */
  @Bean
  JwtDecoder identityProviderTokens(OidcSettings settings) {
    return new SupplierJwtDecoder(() -> {
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
      decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
      return decoder;
    });
  }

  @Bean
  ClientRegistrationRepository consoleClient(OidcSettings settings) {
    return new DiscoveredClientRegistration(settings);
  }
}
