package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail subscription to the public status page as it is now (the latest record of its id).
 *
 * @param components the component slugs wanted; empty means every public component
 */
public record Subscription(String id, String email, List<String> components, State state, Instant requestedAt) {

  /** Where the double opt-in stands: only CONFIRMED subscriptions receive updates. */
  public enum State {
    PENDING, CONFIRMED
  }

  public Subscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(requestedAt, "requestedAt");
    components = List.copyOf(components);
  }

  /** True when it is confirmed and wants the updates of this component. */
  public boolean receives(String componentSlug) {
    return state == State.CONFIRMED && (components.isEmpty() || components.contains(componentSlug));
  }
}
