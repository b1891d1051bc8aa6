package br.gov.es.prodest.npi007.gateway.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A bearer token of the identity provider, once its signature, issuer and times are checked, as a gateway user. */
final class TokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

  private final IdentityClaims claims;

  TokenUsers(IdentityClaims claims) {
    this.claims = claims;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    return new JwtAuthenticationToken(jwt, claims.authorities(jwt.getClaims()), IdentityClaims.userName(jwt.getClaims()));
  }
}
