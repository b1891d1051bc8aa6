package br.gov.es.prodest.npi007.gateway.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Who is calling: user name, role, organ (null for users of no organ, e.g. integrations) and, for
 * the staff of a unit of the catalogue (issue 15), that unit.
 * Read from the authorities, so that standalone users and the identity provider's tokens (issue 13)
 * map the same way.
 *
 * @param name    the user name at the gateway (the provider's {@code preferred_username}, else its subject)
 * @param role    the role the user acts in
 * @param organ   code of the user's organ, or null
 * @param subject the identity provider's {@code sub}, or null for standalone users
 * @param unit    code of the unit the user acts for (GESIT, GEITIC …), or null
 */
public record CurrentUser(String name, GatewayRole role, String organ, String subject, String unit) {

  public CurrentUser(String name, GatewayRole role, String organ) {
    this(name, role, organ, null, null);
  }

  static final String ORGAN_AUTHORITY_PREFIX = "ORGAN_";
  static final String UNIT_AUTHORITY_PREFIX = "UNIT_";

  public static GrantedAuthority organAuthority(String organ) {
    return new SimpleGrantedAuthority(ORGAN_AUTHORITY_PREFIX + organ);
  }

  public static GrantedAuthority unitAuthority(String unit) {
    return new SimpleGrantedAuthority(UNIT_AUTHORITY_PREFIX + unit);
  }

  public static CurrentUser of(Authentication authentication) {
    Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
    GatewayRole role = Arrays.stream(GatewayRole.values())
        .filter(candidate -> has(authorities, candidate.authority()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("usuário autenticado sem papel: " + authentication.getName()));
    String organ = suffix(authorities, ORGAN_AUTHORITY_PREFIX);
    // a JWT and an OIDC user both carry the provider's claims; a standalone user has none
    String subject = authentication.getPrincipal() instanceof ClaimAccessor claims
        ? claims.getClaimAsString(IdentityClaims.SUBJECT) : null;
    return new CurrentUser(authentication.getName(), role, organ, subject, suffix(authorities, UNIT_AUTHORITY_PREFIX));
  }

  private static String suffix(Collection<? extends GrantedAuthority> authorities, String prefix) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority != null && authority.startsWith(prefix))
        .map(authority -> authority.substring(prefix.length()))
        .findFirst()
        .orElse(null);
  }

  public boolean isNotifier() {
    return role == GatewayRole.NOTIFIER;
  }

  public Optional<String> organCode() {
    return Optional.ofNullable(organ);
  }

  /** NPI-007 3.1: a notifier speaks for, and sees, its own organ only; the other roles see every organ. */
  public boolean hasAccessTo(String organCode) {
    return !isNotifier() || (organ != null && organ.equals(organCode));
  }

  private static boolean has(Collection<? extends GrantedAuthority> authorities, String authority) {
    return authorities.stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
  }
}
