package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.domain.ExistingIncident;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.avro.incident.IncidentSnapshot;
import br.gov.es.prodest.npi007.processing.AggregateWire;
import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestState;
import br.gov.es.prodest.npi007.avro.incident.StatementKind;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.incident.domain.AlertResolved;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.MaintenanceLinked;
import br.gov.es.prodest.npi007.incident.domain.IncidentAssigned;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.incident.domain.ReportJoined;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestUpdated;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.incident.domain.SpeakerOffice;
import br.gov.es.prodest.npi007.incident.domain.StatementPosted;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;

/**
 * The one translation between the incident domain and its Avro records, both ways: events here,
 * commands in {@link IncidentCommandWire}, the stored state in {@link IncidentSnapshotWire}.
 */
public final class IncidentWire {

  public static final AggregateWire<IncidentCommand, IncidentEvent, IncidentState, IncidentSnapshot> INSTANCE =
      new AggregateWire<>(IncidentCommandWire::toCommand, IncidentWire::toAvro, IncidentWire::toEvent,
          IncidentSnapshot.class, state -> IncidentSnapshotWire.toSnapshot((ExistingIncident) state),
          IncidentSnapshotWire::toState, IncidentState::currentStatus);

  private IncidentWire() {
  }

  private static SpecificRecord toAvro(IncidentEvent event) {
    var envelope = CommonWire.envelope(event.envelope());
    if (event instanceof IncidentReported e) {
      return new br.gov.es.prodest.npi007.avro.incident.IncidentReported(envelope, e.component(), e.organ(),
          e.description(), CommonWire.same(e.source(), ReportSource.class), e.reportedBy(), e.postId(), e.postedAt(),
          e.postText(), e.postedBy(), e.unit(), e.unrecognisedUnit());
    } else if (event instanceof ReportJoined e) {
      return new br.gov.es.prodest.npi007.avro.incident.ReportJoined(envelope, e.component(), e.organ(), e.description(),
          CommonWire.same(e.source(), ReportSource.class), e.reportedBy(), e.postId(), e.postedAt(), e.postText(),
          e.postedBy());
    } else if (event instanceof ServiceRequestLinked e) {
      return new br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked(envelope, e.saNumber(), e.postId(),
          e.postedAt(), e.postText(), e.postedBy());
    } else if (event instanceof IncidentTriaged e) {
      return new br.gov.es.prodest.npi007.avro.incident.IncidentTriaged(envelope, e.component(),
          CommonWire.same(e.verdict(), Verdict.class), e.impact(), e.organ());
    } else if (event instanceof ServiceRestored e) {
      return new br.gov.es.prodest.npi007.avro.incident.ServiceRestored(envelope, e.component(), e.note());
    } else if (event instanceof StatementPosted e) {
      return new br.gov.es.prodest.npi007.avro.incident.StatementPosted(envelope,
          CommonWire.same(e.kind(), StatementKind.class), e.text(), e.office() == null ? null : e.office().name(),
          e.unit());
    } else if (event instanceof MaintenanceLinked e) {
      return new br.gov.es.prodest.npi007.avro.incident.MaintenanceLinked(envelope, e.maintenanceId());
    } else if (event instanceof ServiceRequestUpdated e) {
      return new br.gov.es.prodest.npi007.avro.incident.ServiceRequestUpdated(envelope, e.saNumber(),
          CommonWire.same(e.state(), ServiceRequestState.class), e.summary());
    } else if (event instanceof AlertResolved e) {
      return new br.gov.es.prodest.npi007.avro.incident.AlertResolved(envelope, e.fingerprint(), e.alertName(),
          e.resolvedAt(), e.summary());
    } else if (event instanceof ReportAcknowledged e) {
      return new br.gov.es.prodest.npi007.avro.incident.ReportAcknowledged(envelope, e.notificationId());
    } else if (event instanceof IncidentAssigned e) {
      return new br.gov.es.prodest.npi007.avro.incident.IncidentAssigned(envelope, e.unit(), e.note(), e.previousUnit());
    }
    throw new IllegalArgumentException("evento sem forma Avro: " + event);
  }

  private static IncidentEvent toEvent(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.incident.IncidentReported e) {
      return new IncidentReported(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getOrgan(),
          e.getDescription(), CommonWire.same(e.getSource(), br.gov.es.prodest.npi007.incident.domain.ReportSource.class),
          e.getReportedBy(), e.getPostId(), e.getPostedAt(), e.getPostText(), e.getPostedBy(), e.getUnit(),
          e.getUnrecognisedUnit());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.ReportJoined e) {
      return new ReportJoined(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getOrgan(), e.getDescription(),
          CommonWire.same(e.getSource(), br.gov.es.prodest.npi007.incident.domain.ReportSource.class), e.getReportedBy(),
          e.getPostId(), e.getPostedAt(), e.getPostText(), e.getPostedBy());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked e) {
      return new ServiceRequestLinked(CommonWire.envelope(e.getEnvelope()), e.getSaNumber(), e.getPostId(),
          e.getPostedAt(), e.getPostText(), e.getPostedBy());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.IncidentTriaged e) {
      return new IncidentTriaged(CommonWire.envelope(e.getEnvelope()), e.getComponent(),
          CommonWire.same(e.getVerdict(), br.gov.es.prodest.npi007.incident.domain.Verdict.class), e.getImpact(),
          e.getOrgan());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.ServiceRestored e) {
      return new ServiceRestored(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getNote());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.StatementPosted e) {
      return new StatementPosted(CommonWire.envelope(e.getEnvelope()),
          CommonWire.same(e.getKind(), br.gov.es.prodest.npi007.incident.domain.StatementKind.class), e.getText(),
          SpeakerOffice.named(e.getOffice()).orElse(null), e.getUnit());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.MaintenanceLinked e) {
      return new MaintenanceLinked(CommonWire.envelope(e.getEnvelope()), e.getMaintenanceId());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.ServiceRequestUpdated e) {
      return new ServiceRequestUpdated(CommonWire.envelope(e.getEnvelope()), e.getSaNumber(),
          CommonWire.same(e.getState(), br.gov.es.prodest.npi007.incident.domain.ServiceRequestState.class),
          e.getSummary());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.AlertResolved e) {
      return new AlertResolved(CommonWire.envelope(e.getEnvelope()), e.getFingerprint(), e.getAlertName(),
          e.getResolvedAt(), e.getSummary());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.ReportAcknowledged e) {
      return new ReportAcknowledged(CommonWire.envelope(e.getEnvelope()), e.getNotificationId());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.incident.IncidentAssigned e) {
      return new IncidentAssigned(CommonWire.envelope(e.getEnvelope()), e.getUnit(), e.getNote(), e.getPreviousUnit());
    }
    throw new UndecodableRecordException("não é um evento de incidente: " + record.getSchema().getFullName());
  }
}
