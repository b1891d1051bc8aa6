package br.gov.es.prodest.npi007.aggregate;

/** The role an actor acted in (PRODUCT.md, "Who uses it"); SYSTEM is a service acting on its own. */
public enum Role {
  NOTIFIER, TEAM, ASCOM, MANAGEMENT, INTEGRATION, ADMIN, SYSTEM
}
