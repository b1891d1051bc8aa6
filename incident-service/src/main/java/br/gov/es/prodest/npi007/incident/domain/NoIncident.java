package br.gov.es.prodest.npi007.incident.domain;

import java.util.Optional;

/** No incident has this id yet. */
public record NoIncident() implements IncidentState {

  public static final NoIncident INSTANCE = new NoIncident();

  @Override
  public long version() {
    return 0;
  }

  @Override
  public Optional<IncidentStatus> currentStatus() {
    return Optional.empty();
  }

  @Override
  public boolean applied(String commandId) {
    return false;
  }
}
