package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.gateway.unit.UnitKind;
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
 * one notifier per organ of the catalogue in force, and one team user per technical unit
 * ({@code team-geitic} acts for GEITIC; {@code team} stays unit-less, issue 15), all with the same
 * password. Notifiers and team users are looked up in the live catalogues, so an organ or unit ADMIN
 * adds has its user at once.
 */
final class StandaloneUsers implements UserDetailsService {

  /** PRODEST's own staff act for PRODEST; integrations belong to no organ. */
  private static final String PRODEST = "PRODEST";
  private static final String NOTIFIER_PREFIX = "notifier-";
  private static final String TEAM_PREFIX = "team-";
  private static final Map<String, GatewayRole> STAFF = Map.of(
      "team", GatewayRole.TEAM,
      "ascom", GatewayRole.ASCOM,
      "management", GatewayRole.MANAGEMENT,
      "admin", GatewayRole.ADMIN,
      "integration", GatewayRole.INTEGRATION);

  private final OrganCatalogue organs;
  private final UnitCatalogue units;
  private final String encodedPassword;

  StandaloneUsers(OrganCatalogue organs, UnitCatalogue units, String encodedPassword) {
    this.organs = organs;
    this.units = units;
    this.encodedPassword = encodedPassword;
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    GatewayRole staff = STAFF.get(name);
    if (staff != null) {
      return user(name, staff, staff == GatewayRole.INTEGRATION ? null : PRODEST, null);
    }
    String organ = codeAfter(NOTIFIER_PREFIX, name);
    if (organ != null && organs.contains(organ)) {
      return user(name, GatewayRole.NOTIFIER, organ, null);
    }
    String unit = codeAfter(TEAM_PREFIX, name);
    if (unit != null && units.find(unit).filter(found -> found.kind() == UnitKind.TECHNICAL_UNIT).isPresent()) {
      return user(name, GatewayRole.TEAM, PRODEST, unit);
    }
    throw new UsernameNotFoundException("usuário desconhecido");
  }

  // "notifier-sesa" → SESA; names are lower case only, so that one user has one name
  private static String codeAfter(String prefix, String name) {
    if (name == null || !name.startsWith(prefix) || !name.equals(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return name.substring(prefix.length()).toUpperCase(Locale.ROOT);
  }

  private UserDetails user(String name, GatewayRole role, String organ, String unit) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(role.authority()));
    if (organ != null) {
      authorities.add(CurrentUser.organAuthority(organ));
    }
    if (unit != null) {
      authorities.add(CurrentUser.unitAuthority(unit));
    }
    return User.withUsername(name).password(encodedPassword).authorities(authorities).build();
  }
}
