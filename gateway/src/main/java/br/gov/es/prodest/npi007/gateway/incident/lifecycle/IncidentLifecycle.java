package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.incident.AssignIncident;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.PostStatement;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.gateway.command.AggregateCommands;
import br.gov.es.prodest.npi007.gateway.command.CommandChannel;
import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Turns a validated request on an existing incident into its command, sends it to the
 * incident-service and completes with the answer. Whether the command is allowed in the incident's
 * status is the incident-service's decision; a refusal comes back as a problem document.
 */
@Service
public class IncidentLifecycle {

  private final CommandChannel incidentCommands;
  private final AggregateCommands commands;
  private final IncidentQueries queries;
  private final UnitCatalogue units;

  public IncidentLifecycle(@Qualifier("incidentCommands") CommandChannel incidentCommands,
      AggregateCommands commands, IncidentQueries queries, UnitCatalogue units) {
    this.incidentCommands = incidentCommands;
    this.commands = commands;
    this.queries = queries;
    this.units = units;
  }

  /** NPI-007 5.2.1.1: whoever reported posts the SA number; a notifier only on its own organ's incidents. */
  public CompletableFuture<IncidentChanged> linkServiceRequest(String incidentId, ServiceRequestLinkRequest request, CurrentUser user,
      CommandConditions conditions) {
    if (user.isNotifier()) {
      queries.one(incidentId, user);
    }
    return send(incidentId, "link-service-request", request, user, conditions, meta -> LinkServiceRequest.newBuilder()
        .setMetadata(meta)
        .setIncidentId(incidentId)
        .setSaNumber(request.saNumber().strip())
        .build());
  }

  public CompletableFuture<IncidentChanged> triage(String incidentId, TriageRequest request, CurrentUser user, CommandConditions conditions) {
    return send(incidentId, "triage-incident", request, user, conditions, meta -> TriageIncident.newBuilder()
        .setMetadata(meta)
        .setIncidentId(incidentId)
        .setVerdict(TriageVerdict.valueOf(request.verdict()).toWire())
        .setImpact(stripToNull(request.impact()))
        .setOrgan(stripToNull(request.organ()))
        .build());
  }

  public CompletableFuture<IncidentChanged> restore(String incidentId, RestorationRequest request, CurrentUser user,
      CommandConditions conditions) {
    return send(incidentId, "restore-service", request, user, conditions, meta -> RestoreService.newBuilder()
        .setMetadata(meta)
        .setIncidentId(incidentId)
        .setNote(stripToNull(request.note()))
        .build());
  }

  /**
   * NPI-007 5.2.3: the statement says who speaks, when the request says it: the office, and the unit
   * (the speaker's own unit when the request names none; one outside the catalogue is 422).
   */
  public CompletableFuture<IncidentChanged> postStatement(String incidentId, StatementRequest request, CurrentUser user,
      CommandConditions conditions) {
    String unit = units.knownOr("unit", request.unit(), user.unit());
    return send(incidentId, "post-statement", request, user, conditions, meta -> PostStatement.newBuilder()
        .setMetadata(meta)
        .setIncidentId(incidentId)
        .setKind(StatementType.valueOf(request.kind()).toWire())
        .setText(request.text().strip())
        .setOffice(request.office() == null || request.office().isBlank() ? null : request.office())
        .setUnit(unit)
        .build());
  }

  public CompletableFuture<IncidentChanged> linkMaintenance(String incidentId, MaintenanceLinkRequest request, CurrentUser user,
      CommandConditions conditions) {
    return send(incidentId, "link-maintenance", request, user, conditions, meta -> LinkMaintenance.newBuilder()
        .setMetadata(meta)
        .setIncidentId(incidentId)
        .setMaintenanceId(request.maintenanceId().strip())
        .build());
  }

  /**
   * Issue 15: the unit that handles the incident, or another one from now on. A unit that is not in
   * the catalogue is 422 and sends nothing; the incident-service decides the rest (closed: 409).
   */
  public CompletableFuture<IncidentChanged> assign(String incidentId, AssignmentRequest request, CurrentUser user,
      CommandConditions conditions) {
    String unit = units.known("unit", request.unit());
    return send(incidentId, "assign-incident", request, user, conditions, meta -> AssignIncident.newBuilder()
        .setMetadata(meta)
        .setIncidentId(incidentId)
        .setUnit(unit)
        .setNote(stripToNull(request.note()))
        .build());
  }

  private CompletableFuture<IncidentChanged> send(String incidentId, String operation, Object request, CurrentUser user,
      CommandConditions conditions, Function<CommandMetadata, SpecificRecord> command) {
    return commands.send(incidentCommands, incidentId, operation, request, user, conditions, command)
        .thenApply(result -> new IncidentChanged(result.getAggregateId(), result.getStatus(), result.getVersion()));
  }

  private static String stripToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
