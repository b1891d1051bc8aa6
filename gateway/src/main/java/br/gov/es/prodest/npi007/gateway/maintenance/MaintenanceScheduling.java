package br.gov.es.prodest.npi007.gateway.maintenance;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.maintenance.CancelMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.CompleteMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import br.gov.es.prodest.npi007.gateway.command.AggregateCommands;
import br.gov.es.prodest.npi007.gateway.command.CommandChannel;
import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.command.CommandResults;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.schemas.MaintenancePlacement;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The team's commands on maintenances (NPI-007 5.2.1.3, message 6.5): turns a validated request
 * into its command, sends it to the maintenance-service and completes with the answer. Whether the
 * window and the status allow it is the maintenance-service's decision; a refusal comes back as a
 * problem document, warnings (an overlapping window) with the answer.
 */
@Service
public class MaintenanceScheduling {

  private final CommandChannel maintenanceCommands;
  private final AggregateCommands commands;
  private final UnitCatalogue units;

  public MaintenanceScheduling(@Qualifier("maintenanceCommands") CommandChannel maintenanceCommands,
      AggregateCommands commands, UnitCatalogue units) {
    this.maintenanceCommands = maintenanceCommands;
    this.commands = commands;
    this.units = units;
  }

  /** Issue 15: the unit the request names, else the requester's own (a team user's); none is allowed. */
  public CompletableFuture<MaintenanceChanged> request(RequestMaintenanceRequest request, CurrentUser user, String idempotencyKey) {
    String unit = units.knownOr("unit", request.unit(), user.unit());
    // every maintenance of one component is decided by one task, which sees each window at once (overlaps)
    return commands.open(maintenanceCommands, "request-maintenance", request, user, idempotencyKey,
        seed -> MaintenancePlacement.maintenanceId(seed, request.component()),
        (metadata, maintenanceId) -> RequestMaintenance.newBuilder()
            .setMetadata(metadata)
            .setMaintenanceId(maintenanceId)
            .setComponent(request.component().strip())
            .setStart(MaintenanceWindow.instant(request.start()))
            .setEnd(MaintenanceWindow.instant(request.end()))
            .setPurpose(stripToNull(request.purpose()))
            .setCausesUnavailability(request.causesUnavailability())
            .setUrgent(Boolean.TRUE.equals(request.urgent()))
            .setIncidentId(stripToNull(request.incidentId()))
            .setUnit(unit)
            .build())
        .thenApply(MaintenanceScheduling::changed);
  }

  public CompletableFuture<MaintenanceChanged> reschedule(String maintenanceId, RescheduleRequest request, CurrentUser user,
      CommandConditions conditions) {
    return send(maintenanceId, "reschedule-maintenance", request, user, conditions,
        metadata -> RescheduleMaintenance.newBuilder()
            .setMetadata(metadata)
            .setMaintenanceId(maintenanceId)
            .setStart(MaintenanceWindow.instant(request.start()))
            .setEnd(MaintenanceWindow.instant(request.end()))
            .setUrgent(Boolean.TRUE.equals(request.urgent()))
            .setReason(stripToNull(request.reason()))
            .build());
  }

  public CompletableFuture<MaintenanceChanged> cancel(String maintenanceId, CancellationRequest request, CurrentUser user,
      CommandConditions conditions) {
    CancellationRequest cancellation = new CancellationRequest(request == null ? null : stripToNull(request.reason()));
    return send(maintenanceId, "cancel-maintenance", cancellation, user, conditions,
        metadata -> CancelMaintenance.newBuilder()
            .setMetadata(metadata)
            .setMaintenanceId(maintenanceId)
            .setReason(cancellation.reason())
            .build());
  }

  public CompletableFuture<MaintenanceChanged> complete(String maintenanceId, CompletionRequest request, CurrentUser user,
      CommandConditions conditions) {
    CompletionRequest completion = new CompletionRequest(request == null ? null : stripToNull(request.note()));
    return send(maintenanceId, "complete-maintenance", completion, user, conditions,
        metadata -> CompleteMaintenance.newBuilder()
            .setMetadata(metadata)
            .setMaintenanceId(maintenanceId)
            .setNote(completion.note())
            .build());
  }

  private CompletableFuture<MaintenanceChanged> send(String maintenanceId, String operation, Object request, CurrentUser user,
      CommandConditions conditions, Function<CommandMetadata, SpecificRecord> command) {
    return commands.send(maintenanceCommands, maintenanceId, operation, request, user, conditions, command)
        .thenApply(MaintenanceScheduling::changed);
  }

  private static MaintenanceChanged changed(CommandResult result) {
    return new MaintenanceChanged(result.getAggregateId(), result.getStatus(), result.getVersion(),
        CommandResults.warnings(result));
  }

  private static String stripToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
