package br.gov.es.prodest.npi007.incident.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an existing incident knows, open or closed, folded from its events.
 *
 * @param saNumber        the linked SA, or null
 * @param maintenanceId   the linked maintenance, or null
 * @param version         sequence of the last event
 * @param appliedCommands the first event each applied command caused, to recognise retries
 */
public record IncidentFacts(
    String incidentId,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy,
    String saNumber,
    String maintenanceId,
    long version,
    Map<String, IncidentEvent> appliedCommands) {

  public IncidentFacts {
    Objects.requireNonNull(incidentId, "incidentId");
    appliedCommands = Map.copyOf(appliedCommands);
  }

  static IncidentFacts openedBy(IncidentReported reported) {
    Envelope envelope = reported.envelope();
    return new IncidentFacts(envelope.incidentId(), reported.component(), reported.organ(),
        reported.description(), reported.source(), reported.reportedBy(), null, null, envelope.sequence(),
        Map.of(envelope.commandId(), reported));
  }

  /** After one more event: its sequence is the version, its command is applied. */
  IncidentFacts after(IncidentEvent event) {
    Map<String, IncidentEvent> applied = new HashMap<>(appliedCommands);
    applied.putIfAbsent(event.envelope().commandId(), event);
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, saNumber,
        maintenanceId, event.envelope().sequence(), applied);
  }

  IncidentFacts withServiceRequest(String linkedSaNumber) {
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, linkedSaNumber,
        maintenanceId, version, appliedCommands);
  }

  IncidentFacts withMaintenance(String linkedMaintenanceId) {
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, saNumber,
        linkedMaintenanceId, version, appliedCommands);
  }
}
