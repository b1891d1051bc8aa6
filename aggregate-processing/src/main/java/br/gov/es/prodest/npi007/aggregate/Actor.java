package br.gov.es.prodest.npi007.aggregate;

import java.util.Objects;

/**
 * Who caused a command or an event.
 *
 * @param userId  the user's name at the gateway, or the name of the integration or service
 * @param role    the role the user acted in
 * @param organ   code of the user's organ (e.g. SESA), or null when the user belongs to none
 * @param subject the identity provider's stable subject (OIDC {@code sub}), or null for standalone
 *                users, integrations and services
 */
public record Actor(String userId, Role role, String organ, String subject) {

  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }

  /** Someone known only by the gateway's own name (standalone users, integrations). */
  public Actor(String userId, Role role, String organ) {
    this(userId, role, organ, null);
  }

  /** A service acting on its own (a timer, an automatic approval, an intake). */
  public static Actor service(String name) {
    return new Actor(name, Role.SYSTEM, null);
  }
}
