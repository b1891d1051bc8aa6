package br.gov.es.prodest.npi007.gateway.security;

/** The roles of PRODUCT.md, "Who uses it"; each maps to the Spring authority {@code ROLE_<name>}. */
public enum GatewayRole {
  NOTIFIER,
  TEAM,
  ASCOM,
  MANAGEMENT,
  INTEGRATION,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
