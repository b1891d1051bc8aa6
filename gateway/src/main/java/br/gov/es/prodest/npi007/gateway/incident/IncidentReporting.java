package br.gov.es.prodest.npi007.gateway.incident;

import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.gateway.command.AggregateCommands;
import br.gov.es.prodest.npi007.gateway.command.CommandChannel;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Turns a validated report into a {@link ReportIncident} command and completes with the incident-service's answer. */
@Service
public class IncidentReporting {

  private static final String OPERATION = "report-incident";

  private final CommandChannel incidentCommands;
  private final AggregateCommands commands;

  public IncidentReporting(@Qualifier("incidentCommands") CommandChannel incidentCommands,
      AggregateCommands commands) {
    this.incidentCommands = incidentCommands;
    this.commands = commands;
  }

  public CompletableFuture<IncidentAccepted> report(ReportIncidentRequest request, CurrentUser user, String idempotencyKey) {
    if (!user.hasAccessTo(request.organ())) {
      // NPI-007 3.1: an organ's manager reports for that organ
      throw ApiProblem.forbidden("NOTIFIER_OTHER_ORGAN",
          "Um notificador só pode relatar incidentes do próprio órgão (" + user.organ() + ").");
    }
    // the new incident lives on its component's partition: the report is decided in one hop (docs/HOPS.md)
    return commands.open(incidentCommands, OPERATION, request, user, idempotencyKey,
        seed -> IncidentPlacement.incidentId(seed, request.component()),
        (metadata, incidentId) -> ReportIncident.newBuilder()
            .setMetadata(metadata)
            .setIncidentId(incidentId)
            .setComponent(request.component().strip())
            .setOrgan(request.organ())
            .setDescription(request.description().strip())
            .setSource(IncidentSource.valueOf(request.source()).toWire())
            .setReportedBy(request.reportedBy().strip())
            .build())
        // a report of a component with an open incident joins it: the result names the incident addressed
        .thenApply(result -> new IncidentAccepted(result.getAggregateId(), result.getStatus()));
  }
}
