package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an existing incident knows, open or closed, folded from its events.
 *
 * @param saNumber         the linked SA, or null
 * @param maintenanceId    the linked maintenance, or null
 * @param unit             the responsible functional unit's code (issue 15), or null
 * @param acknowledgements the 6.1 notifications recorded as having reached the group
 * @param version          sequence of the last event
 * @param appliedCommands  the first event each applied command caused, to recognise retries
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
    String unit,
    Set<String> acknowledgements,
    long version,
    Map<String, IncidentEvent> appliedCommands) {

  public IncidentFacts {
    Objects.requireNonNull(incidentId, "incidentId");
    acknowledgements = Set.copyOf(acknowledgements);
    appliedCommands = Map.copyOf(appliedCommands);
  }

  static IncidentFacts openedBy(IncidentReported reported) {
    Envelope envelope = reported.envelope();
    return new IncidentFacts(envelope.aggregateId(), reported.component(), reported.organ(),
        reported.description(), reported.source(), reported.reportedBy(), null, null, reported.unit(), Set.of(),
        envelope.sequence(),
        Map.of(envelope.commandId(), reported));
  }

  /** After one more event: its sequence is the version, its command is applied. */
  IncidentFacts after(IncidentEvent event) {
    Map<String, IncidentEvent> applied = new HashMap<>(appliedCommands);
    applied.putIfAbsent(event.envelope().commandId(), event);
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, saNumber,
        maintenanceId, unit, acknowledgements, event.envelope().sequence(), applied);
  }

  IncidentFacts withServiceRequest(String linkedSaNumber) {
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, linkedSaNumber,
        maintenanceId, unit, acknowledgements, version, appliedCommands);
  }

  IncidentFacts withMaintenance(String linkedMaintenanceId) {
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, saNumber,
        linkedMaintenanceId, unit, acknowledgements, version, appliedCommands);
  }

  IncidentFacts withAcknowledgement(String notificationId) {
    Set<String> recorded = new HashSet<>(acknowledgements);
    recorded.add(notificationId);
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, saNumber,
        maintenanceId, unit, recorded, version, appliedCommands);
  }

  IncidentFacts withUnit(String responsibleUnit) {
    return new IncidentFacts(incidentId, component, organ, description, source, reportedBy, saNumber,
        maintenanceId, responsibleUnit, acknowledgements, version, appliedCommands);
  }
}
