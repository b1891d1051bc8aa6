package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.RecordAlertResolution;
import br.gov.es.prodest.npi007.avro.incident.RecordServiceRequestUpdate;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import java.time.Instant;

/**
 * The incident commands that SA events and monitoring alerts become (CONTRACTS.md, "Intake"), with
 * ids derived from the input, so a repeated input is the same command.
 */
final class IntakeCommands {

  private static final Actor SERVICE_DESK = new Actor("service-desk", Role.INTEGRATION, null, null);
  private static final Actor MONITORING = new Actor("monitoring", Role.INTEGRATION, null, null);

  private IntakeCommands() {
  }

  static String saCommandId(ServiceRequestEvent event) {
    return EventIds.named("sa-event/" + event.getEventId());
  }

  static LinkServiceRequest linkServiceRequest(ServiceRequestEvent event, String incidentId) {
    return LinkServiceRequest.newBuilder().setMetadata(saMetadata(event)).setIncidentId(incidentId)
        .setSaNumber(event.getSaNumber()).build();
  }

  static RecordServiceRequestUpdate recordUpdate(ServiceRequestEvent event, String incidentId) {
    return new RecordServiceRequestUpdate(saMetadata(event), incidentId, event.getSaNumber(), event.getState(),
        event.getSummary());
  }

  /** The command a firing alert is: a report by monitoring, the same for every repeat of the episode. */
  static ReportIncident report(AlertReceived alert) {
    String summary = alert.getSummary();
    return new ReportIncident(alertMetadata(firingCommandId(alert), alert), alertIncidentId(alert),
        alert.getComponent(), alert.getOrgan(), summary == null || summary.isBlank() ? alert.getAlertName() : summary,
        ReportSource.MONITORING, alert.getSource() + ": " + alert.getAlertName(), null, null, null, null,
        alert.getUnit(), alert.getUnrecognisedUnit());
  }

  /** A resolved alert, addressed for now to its episode's own incident id; the router readdresses it. */
  static RecordAlertResolution resolution(AlertReceived alert) {
    Instant resolvedAt = alert.getEndsAt() == null ? alert.getReceivedAt() : alert.getEndsAt();
    return new RecordAlertResolution(alertMetadata(EventIds.named("alert-resolved/" + episode(alert)), alert),
        alertIncidentId(alert), alert.getFingerprint(), alert.getAlertName(), resolvedAt, alert.getSummary());
  }

  static String alertIncidentId(AlertReceived alert) {
    return EventIds.named("alert-incident/" + episode(alert));
  }

  private static String firingCommandId(AlertReceived alert) {
    return EventIds.named("alert/" + episode(alert));
  }

  // One episode of an alert: its fingerprint and when it started firing.
  private static String episode(AlertReceived alert) {
    return alert.getFingerprint() + "/" + alert.getStartsAt().toEpochMilli();
  }

  private static CommandMetadata saMetadata(ServiceRequestEvent event) {
    String commandId = saCommandId(event);
    return new CommandMetadata(commandId, commandId, event.getOccurredAt(), SERVICE_DESK, Origin.SERVICE_DESK, null);
  }

  // Every command of one alert episode has the firing command's id as correlation id; the gateway received it.
  private static CommandMetadata alertMetadata(String commandId, AlertReceived alert) {
    return new CommandMetadata(commandId, firingCommandId(alert), alert.getReceivedAt(), MONITORING,
        Origin.MONITORING, null);
  }
}
