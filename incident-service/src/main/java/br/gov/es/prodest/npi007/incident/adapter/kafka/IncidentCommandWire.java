package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.PostStatement;
import br.gov.es.prodest.npi007.avro.incident.RecordAcknowledgement;
import br.gov.es.prodest.npi007.avro.incident.RecordAlertResolution;
import br.gov.es.prodest.npi007.avro.incident.RecordServiceRequestUpdate;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.incident.domain.GroupPostEvidence;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestState;
import br.gov.es.prodest.npi007.incident.domain.SpeakerOffice;
import br.gov.es.prodest.npi007.incident.domain.StatementKind;
import br.gov.es.prodest.npi007.incident.domain.Verdict;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;

/** Incident commands from their Avro wire records. */
final class IncidentCommandWire {

  private IncidentCommandWire() {
  }

  static IncidentCommand toCommand(SpecificRecord record) {
    if (record instanceof ReportIncident c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.ReportIncident(m.getCommandId(), m.getCorrelationId(),
          m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(), c.getIncidentId(),
          c.getComponent(), c.getOrgan(), c.getDescription(), CommonWire.same(c.getSource(), ReportSource.class),
          c.getReportedBy()).fromGroupPost(new GroupPostEvidence(c.getPostId(), c.getPostedAt(), c.getPostText(),
          c.getPostedBy())).namingUnit(c.getUnit(), c.getUnrecognisedUnit());
    } else if (record instanceof LinkServiceRequest c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.LinkServiceRequest(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(),
          c.getIncidentId(), c.getSaNumber(), new GroupPostEvidence(c.getPostId(), c.getPostedAt(), c.getPostText(),
          c.getPostedBy()));
    } else if (record instanceof TriageIncident c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.TriageIncident(m.getCommandId(), m.getCorrelationId(),
          m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(), c.getIncidentId(),
          CommonWire.same(c.getVerdict(), Verdict.class), c.getImpact(), c.getOrgan());
    } else if (record instanceof RestoreService c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.RestoreService(m.getCommandId(), m.getCorrelationId(),
          m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(), c.getIncidentId(),
          c.getNote());
    } else if (record instanceof PostStatement c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.PostStatement(m.getCommandId(), m.getCorrelationId(),
          m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(), c.getIncidentId(),
          CommonWire.same(c.getKind(), StatementKind.class), c.getText(),
          SpeakerOffice.named(c.getOffice()).orElse(null), c.getUnit());
    } else if (record instanceof LinkMaintenance c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.LinkMaintenance(m.getCommandId(), m.getCorrelationId(),
          m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(), c.getIncidentId(),
          c.getMaintenanceId());
    } else if (record instanceof RecordServiceRequestUpdate c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.RecordServiceRequestUpdate(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(),
          c.getIncidentId(), c.getSaNumber(), CommonWire.same(c.getState(), ServiceRequestState.class), c.getSummary());
    } else if (record instanceof RecordAlertResolution c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.RecordAlertResolution(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(),
          c.getIncidentId(), c.getFingerprint(), c.getAlertName(), c.getResolvedAt(), c.getSummary());
    } else if (record instanceof RecordAcknowledgement c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.RecordAcknowledgement(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(),
          c.getIncidentId(), c.getNotificationId());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.AssignIncident c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.incident.domain.AssignIncident(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m.getActor()), CommonWire.origin(m), m.getExpectedVersion(),
          c.getIncidentId(), c.getUnit(), c.getNote());
    }
    throw new UndecodableRecordException("não é um comando de incidente: " + record.getSchema().getFullName());
  }
}
