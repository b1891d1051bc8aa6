package br.gov.es.prodest.npi007.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The state's identity provider (issue 13). With an issuer, the API takes its JWT bearer tokens and the
 * console signs in through it; without one, the standalone users stay the embedded default.
 *
 * @param issuerUri    the OIDC issuer (its discovery document and keys are read from there), or empty
 * @param clientId     the console's client at the provider
 * @param clientSecret the console client's secret
 * @param rolesClaim   the claim holding the roles, a dotted path such as {@code realm_access.roles} allowed
 * @param organClaim   the claim holding the organ's code
 * @param unitClaim    the claim holding the code of the unit a TEAM user acts for (issue 15), e.g. GEITIC
 */
@ConfigurationProperties("npi007.oidc")
public record OidcSettings(
    String issuerUri,
    String clientId,
    String clientSecret,
    @DefaultValue("roles") String rolesClaim,
    @DefaultValue("organ") String organClaim,
    @DefaultValue("unit") String unitClaim) {

  /** The console's client registration at the gateway: {@code /oauth2/authorization/npi007}, {@code /login/oauth2/code/npi007}. */
  public static final String REGISTRATION_ID = "npi007";

  public boolean enabled() {
    return issuerUri != null && !issuerUri.isBlank();
  }
}
