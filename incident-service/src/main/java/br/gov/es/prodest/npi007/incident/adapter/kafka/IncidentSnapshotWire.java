package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.avro.incident.IncidentSnapshot;
import br.gov.es.prodest.npi007.incident.domain.ExistingIncident;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentFacts;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * An existing incident to the snapshot its processor stores, and back. The snapshot leaves out the
 * commands the incident applied: the state rebuilt from it knows only whether the command being
 * decided was applied, which is all {@code Incident.decide} asks of it.
 */
final class IncidentSnapshotWire {

  private IncidentSnapshotWire() {
  }

  static IncidentSnapshot toSnapshot(ExistingIncident incident) {
    IncidentFacts facts = incident.facts();
    return IncidentSnapshot.newBuilder()
        .setIncidentId(facts.incidentId())
        .setStatus(CommonWire.same(incident.status(), br.gov.es.prodest.npi007.avro.incident.IncidentStatus.class))
        .setComponent(facts.component())
        .setOrgan(facts.organ())
        .setDescription(facts.description())
        .setSource(CommonWire.same(facts.source(), br.gov.es.prodest.npi007.avro.incident.ReportSource.class))
        .setReportedBy(facts.reportedBy())
        .setSaNumber(facts.saNumber())
        .setMaintenanceId(facts.maintenanceId())
        .setUnit(facts.unit())
        .setAcknowledgements(facts.acknowledgements().stream().sorted().toList())
        .setVersion(facts.version())
        .build();
  }

  /**
   * The incident a snapshot holds, knowing of the command being decided what it caused.
   *
   * @param caused the events the command caused here, in order; empty when it was never applied
   */
  static ExistingIncident toState(IncidentSnapshot snapshot, String commandId, List<IncidentEvent> caused) {
    Map<String, IncidentEvent> applied = caused.isEmpty() ? Map.of() : Map.of(commandId, caused.get(0));
    IncidentFacts facts = new IncidentFacts(snapshot.getIncidentId(), snapshot.getComponent(), snapshot.getOrgan(),
        snapshot.getDescription(), CommonWire.same(snapshot.getSource(), ReportSource.class), snapshot.getReportedBy(),
        snapshot.getSaNumber(), snapshot.getMaintenanceId(), snapshot.getUnit(), new HashSet<>(snapshot.getAcknowledgements()),
        snapshot.getVersion(), applied);
    return ExistingIncident.of(facts, CommonWire.same(snapshot.getStatus(), IncidentStatus.class));
  }
}
