package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.Objects;
import java.util.Optional;

/** A maintenance that exists, in any status. */
public record ExistingMaintenance(MaintenanceFacts facts, MaintenanceStatus status) implements MaintenanceState {

  public ExistingMaintenance {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(status, "status");
  }

  @Override
  public long version() {
    return facts.version();
  }

  @Override
  public Optional<MaintenanceStatus> currentStatus() {
    return Optional.of(status);
  }

  /** True when one of the maintenance's events was caused by this command: the command is a retry. */
  public boolean applied(String commandId) {
    return facts.appliedCommands().containsKey(commandId);
  }
}
