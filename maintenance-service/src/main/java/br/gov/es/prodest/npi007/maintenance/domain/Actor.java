package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.Objects;

/**
 * Who caused a command or an event.
 *
 * @param userId the user's name at the gateway, or the name of the integration or service
 * @param role   the role the user acted in
 * @param organ  code of the user's organ (e.g. PRODEST), or null when the user belongs to none
 */
public record Actor(String userId, Role role, String organ) {

  /** The maintenance-service itself, firing a timer. */
  public static final Actor SCHEDULER = new Actor("maintenance-service", Role.SYSTEM, null);

  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }
}
