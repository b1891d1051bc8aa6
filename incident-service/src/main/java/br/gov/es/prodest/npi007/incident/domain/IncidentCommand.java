package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;

/** A request to change one incident. Time and ids arrive with the command, never from a clock. */
public sealed interface IncidentCommand extends Command permits ReportIncident, LinkServiceRequest, TriageIncident,
    RestoreService, PostStatement, LinkMaintenance, RecordServiceRequestUpdate, RecordAlertResolution,
    RecordAcknowledgement, AssignIncident {

  /** Unique id of the command; the same id means the same command (a retry). */
  String commandId();

  /** Id shared by everything that follows from one original request. */
  String correlationId();

  /** When the command was accepted at the edge; the events it causes carry this time. */
  Instant issuedAt();

  Actor actor();

  Origin origin();

  String incidentId();

  /** The incident version the issuer saw, or null to skip the optimistic concurrency check. */
  Long expectedVersion();

  @Override
  default String aggregateId() {
    return incidentId();
  }
}
