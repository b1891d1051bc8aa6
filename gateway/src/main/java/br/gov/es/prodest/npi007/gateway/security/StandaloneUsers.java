package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.organ.Organ;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The configured users of the standalone default (PRODUCT.md, "Security"): one per PRODEST role,
 * and one notifier per organ of the catalogue, all with the same password.
 */
final class StandaloneUsers {

  /** PRODEST's own staff act for PRODEST; integrations belong to no organ. */
  private static final String PRODEST = "PRODEST";

  private StandaloneUsers() {
  }

  static List<UserDetails> of(List<Organ> organs, String encodedPassword) {
    List<UserDetails> users = new ArrayList<>();
    users.add(user("team", GatewayRole.TEAM, PRODEST, encodedPassword));
    users.add(user("ascom", GatewayRole.ASCOM, PRODEST, encodedPassword));
    users.add(user("management", GatewayRole.MANAGEMENT, PRODEST, encodedPassword));
    users.add(user("admin", GatewayRole.ADMIN, PRODEST, encodedPassword));
    users.add(user("integration", GatewayRole.INTEGRATION, null, encodedPassword));
    for (Organ organ : organs) {
      users.add(user("notifier-" + organ.code().toLowerCase(Locale.ROOT), GatewayRole.NOTIFIER, organ.code(), encodedPassword));
    }
    return users;
  }

  private static UserDetails user(String name, GatewayRole role, String organ, String encodedPassword) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(role.authority()));
    if (organ != null) {
      authorities.add(CurrentUser.organAuthority(organ));
    }
    return User.withUsername(name).password(encodedPassword).authorities(authorities).build();
  }
}
