package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.Optional;

/** No maintenance has this id yet. */
public record NoMaintenance() implements MaintenanceState {

  public static final NoMaintenance INSTANCE = new NoMaintenance();

  @Override
  public long version() {
    return 0;
  }

  @Override
  public Optional<MaintenanceStatus> currentStatus() {
    return Optional.empty();
  }

  @Override
  public boolean applied(String commandId) {
    return false;
  }
}
