package br.gov.es.prodest.npi007.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** The claims' reading, one rule each; the provider and the doors are IdentityProviderTest's. */
class IdentityClaimsTest {

  private final IdentityClaims keycloak = new IdentityClaims("realm_access.roles", "organ", "unit");
  private final IdentityClaims flat = new IdentityClaims("roles", "orgao", "unidade");

  @Test
  void a_dotted_path_reads_a_nested_claim_and_unknown_roles_grant_nothing() {
    Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("offline_access", "TEAM", "ADMIN")),
        "organ", "PRODEST");

    assertThat(names(keycloak.authorities(claims))).containsExactly("ROLE_TEAM", "ROLE_ADMIN", "ORGAN_PRODEST");
  }

  @Test
  void a_single_string_claim_names_one_role_and_the_organ_claim_is_the_configured_one() {
    assertThat(names(flat.authorities(Map.of("roles", "NOTIFIER", "orgao", "SESA"))))
        .containsExactly("ROLE_NOTIFIER", "ORGAN_SESA");
  }

  @Test
  void the_unit_claim_names_the_unit_a_user_acts_for_in_the_catalogues_case() {
    assertThat(names(flat.authorities(Map.of("roles", "TEAM", "orgao", "PRODEST", "unidade", "geitic"))))
        .containsExactly("ROLE_TEAM", "ORGAN_PRODEST", "UNIT_GEITIC");
    assertThat(names(keycloak.authorities(Map.of("realm_access", Map.of("roles", List.of("TEAM"))))))
        .containsExactly("ROLE_TEAM");
  }

  @Test
  void role_names_are_the_products_exactly() {
    assertThatThrownBy(() -> flat.authorities(Map.of("roles", List.of("team", "Admin"))))
        .isInstanceOf(IdentityClaims.RefusedIdentityException.class)
        .hasMessageContaining("nenhum papel conhecido");
  }

  @Test
  void a_notifier_without_an_organ_is_refused_but_an_integration_needs_none() {
    assertThatThrownBy(() -> flat.authorities(Map.of("roles", List.of("NOTIFIER"))))
        .isInstanceOf(IdentityClaims.RefusedIdentityException.class)
        .hasMessageContaining("órgão");
    assertThat(names(flat.authorities(Map.of("roles", List.of("INTEGRATION"))))).containsExactly("ROLE_INTEGRATION");
  }

  @Test
  void the_user_name_is_the_preferred_one_else_the_subject() {
    assertThat(IdentityClaims.userName(Map.of("sub", "5f0c", "preferred_username", "maria.silva"))).isEqualTo("maria.silva");
    assertThat(IdentityClaims.userName(Map.of("sub", "5f0c"))).isEqualTo("5f0c");
  }

  private static List<String> names(java.util.Collection<GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).toList();
  }
}
