package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The configured users of the standalone default (PRODUCT.md, "Security"): one per PRODEST role,
 * and one notifier per organ of the catalogue in force, all with the same password. Notifiers are
 * looked up in the live catalogue, so an organ ADMIN adds has its notifier at once.
 */
final class StandaloneUsers implements UserDetailsService {

  /** PRODEST's own staff act for PRODEST; integrations belong to no organ. */
  private static final String PRODEST = "PRODEST";
  private static final String NOTIFIER_PREFIX = "notifier-";
  private static final Map<String, GatewayRole> STAFF = Map.of(
      "team", GatewayRole.TEAM,
      "ascom", GatewayRole.ASCOM,
      "management", GatewayRole.MANAGEMENT,
      "admin", GatewayRole.ADMIN,
      "integration", GatewayRole.INTEGRATION);

  private final OrganCatalogue organs;
  private final String encodedPassword;

  StandaloneUsers(OrganCatalogue organs, String encodedPassword) {
    this.organs = organs;
    this.encodedPassword = encodedPassword;
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    GatewayRole staff = STAFF.get(name);
    if (staff != null) {
      return user(name, staff, staff == GatewayRole.INTEGRATION ? null : PRODEST);
    }
    if (name != null && name.startsWith(NOTIFIER_PREFIX) && name.equals(name.toLowerCase(Locale.ROOT))) {
      String organ = name.substring(NOTIFIER_PREFIX.length()).toUpperCase(Locale.ROOT);
      if (organs.contains(organ)) {
        return user(name, GatewayRole.NOTIFIER, organ);
      }
    }
    throw new UsernameNotFoundException("usuário desconhecido");
  }

  private UserDetails user(String name, GatewayRole role, String organ) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(role.authority()));
    if (organ != null) {
      authorities.add(CurrentUser.organAuthority(organ));
    }
    return User.withUsername(name).password(encodedPassword).authorities(authorities).build();
  }
}
