package br.gov.es.prodest.npi007.gateway.security;

import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in to the console through the identity provider: the ID token's (and user info's)
 * claims give the same roles and organ as a bearer token's; the name is the provider's user name.
 */
final class ConsoleOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService delegate = new OidcUserService();
  private final IdentityClaims claims;

  ConsoleOidcUsers(IdentityClaims claims) {
    this.claims = claims;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = delegate.loadUser(request);
    Map<String, Object> all = user.getClaims();
    String nameClaim = all.get(IdentityClaims.PREFERRED_USERNAME) instanceof String ? IdentityClaims.PREFERRED_USERNAME
        : IdentityClaims.SUBJECT;
    return new DefaultOidcUser(claims.authorities(all), user.getIdToken(), user.getUserInfo(), nameClaim);
  }
}
