package br.gov.es.prodest.npi007.notification.status.domain;

/** A public component's state now, from the best to the worst. */
public enum ComponentState {
  OPERATIONAL, UNDER_MAINTENANCE, UNAVAILABLE;

  /** The worse of the two. */
  public ComponentState worst(ComponentState other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
