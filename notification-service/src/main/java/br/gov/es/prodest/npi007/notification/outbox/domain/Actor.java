package br.gov.es.prodest.npi007.notification.outbox.domain;

import java.util.Objects;

/**
 * Who caused a command or an event.
 *
 * @param organ code of the user's organ (e.g. SESA), or null
 */
public record Actor(String userId, Role role, String organ) {

  /** This service, when it acts on its own (an AUTO message approved as it is rendered). */
  public static final Actor NOTIFICATION_SERVICE = new Actor("notification-service", Role.SYSTEM, null);

  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }
}
