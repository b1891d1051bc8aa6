package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.unit.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * Reads who a token or an ID token speaks for, into the same authorities the standalone users carry
 * ({@code ROLE_<GatewayRole>}, {@code ORGAN_<code>}, {@code UNIT_<code>}), so that the role matrix and
 * {@link CurrentUser} need not know where a user came from. Role names are PRODUCT.md's; any other grants nothing.
 */
final class IdentityClaims {

  static final String SUBJECT = "sub";
  static final String PREFERRED_USERNAME = "preferred_username";

  private final List<String> rolesPath;
  private final String organClaim;
  private final String unitClaim;

  IdentityClaims(String rolesClaim, String organClaim, String unitClaim) {
    this.rolesPath = List.of(rolesClaim.split("\\."));
    this.organClaim = organClaim;
    this.unitClaim = unitClaim;
  }

  static IdentityClaims of(OidcSettings settings) {
    return new IdentityClaims(settings.rolesClaim(), settings.organClaim(), settings.unitClaim());
  }

  /**
   * The authorities of a signed, valid token's claims.
   *
   * @throws OAuth2AuthenticationException when no known role is named, or a notifier has no organ
   *                                       (NPI-007 3.1: a notifier speaks for its own organ only)
   */
  Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
    Set<GatewayRole> roles = roles(claims);
    if (roles.isEmpty()) {
      throw refused("O token não traz nenhum papel conhecido do NPI-007 (claim " + String.join(".", rolesPath) + ").");
    }
    String organ = text(claims.get(organClaim));
    if (roles.contains(GatewayRole.NOTIFIER) && organ == null) {
      throw refused("O token de um notificador precisa indicar o órgão (claim " + organClaim + ").");
    }
    List<GrantedAuthority> authorities = new ArrayList<>();
    roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    if (organ != null) {
      authorities.add(CurrentUser.organAuthority(organ));
    }
    // issue 15: the unit's code as the catalogue writes it (GEITIC); the provider may send it in lower case
    String unit = Unit.code(text(claims.get(unitClaim)));
    if (unit != null) {
      authorities.add(CurrentUser.unitAuthority(unit));
    }
    return authorities;
  }

  /** The name the gateway shows and records: the provider's user name, or its subject when it has none. */
  static String userName(Map<String, Object> claims) {
    String preferred = text(claims.get(PREFERRED_USERNAME));
    return preferred != null ? preferred : text(claims.get(SUBJECT));
  }

  private Set<GatewayRole> roles(Map<String, Object> claims) {
    Object value = claims;
    for (String step : rolesPath) {
      value = value instanceof Map<?, ?> map ? map.get(step) : null;
    }
    Collection<?> names = value instanceof Collection<?> list ? list
        : value instanceof String single ? Arrays.asList(single.split("[\\s,]+")) : List.of();
    Set<GatewayRole> roles = new LinkedHashSet<>();
    for (Object name : names) {
      Arrays.stream(GatewayRole.values())
          .filter(role -> role.name().equals(String.valueOf(name)))
          .forEach(roles::add);
    }
    return roles;
  }

  private static String text(Object value) {
    return value instanceof String string && !string.isBlank() ? string : null;
  }

  private static OAuth2AuthenticationException refused(String detail) {
    return new RefusedIdentityException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, detail, null));
  }

  /** A valid token whose claims do not make a user of the gateway; its description is in Portuguese. */
  static final class RefusedIdentityException extends OAuth2AuthenticationException {

    RefusedIdentityException(OAuth2Error error) {
      super(error, error.getDescription());
    }
  }
}
