package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshot;
import br.gov.es.prodest.npi007.processing.AggregateWire;
import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceAnnounced;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCancelled;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCompleted;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceReminderSkipped;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRequested;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStarted;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;

/**
 * The one translation between the maintenance domain and its Avro records, both ways: events here,
 * commands in {@link MaintenanceCommandWire}, the stored state in {@link MaintenanceSnapshotWire}.
 */
public final class MaintenanceWire {

  public static final AggregateWire<MaintenanceCommand, MaintenanceEvent, MaintenanceState, MaintenanceSnapshot> INSTANCE =
      new AggregateWire<>(MaintenanceCommandWire::toCommand, MaintenanceWire::toAvro, MaintenanceWire::toEvent,
          MaintenanceSnapshot.class, state -> MaintenanceSnapshotWire.toSnapshot((ExistingMaintenance) state),
          MaintenanceSnapshotWire::toState, MaintenanceState::currentStatus);

  private MaintenanceWire() {
  }

  private static SpecificRecord toAvro(MaintenanceEvent event) {
    var envelope = CommonWire.envelope(event.envelope());
    if (event instanceof MaintenanceRequested e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested(envelope, e.component(), e.start(),
          e.end(), e.purpose(), e.causesUnavailability(), e.urgent(), e.incidentId(), e.overlapsWith(),
          e.reminderLeadMinutes(), e.unit());
    } else if (event instanceof MaintenanceRescheduled e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRescheduled(envelope, e.component(),
          e.previousStart(), e.previousEnd(), e.start(), e.end(), e.purpose(), e.urgent(), e.reason(),
          e.overlapsWith());
    } else if (event instanceof MaintenanceCancelled e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCancelled(envelope, e.component(), e.start(),
          e.end(), e.reason());
    } else if (event instanceof MaintenanceAnnounced e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceAnnounced(envelope, e.notificationId(),
          e.messageId());
    } else if (event instanceof MaintenanceReminderDue e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue(envelope, e.component(), e.start(),
          e.end(), e.purpose(), e.leadMinutes());
    } else if (event instanceof MaintenanceReminderSkipped e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderSkipped(envelope, e.leadMinutes(),
          e.dueAt(), e.reason());
    } else if (event instanceof MaintenanceStarted e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted(envelope, e.component(), e.start(),
          e.end());
    } else if (event instanceof MaintenanceCompleted e) {
      return new br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCompleted(envelope, e.component(), e.start(),
          e.end(), e.early(), e.note());
    }
    throw new IllegalArgumentException("evento sem forma Avro: " + event);
  }

  private static MaintenanceEvent toEvent(SpecificRecord record) {
    if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested e) {
      return new MaintenanceRequested(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getStart(), e.getEnd(),
          e.getPurpose(), e.getCausesUnavailability(), e.getUrgent(), e.getIncidentId(), e.getOverlapsWith(),
          e.getReminderLeadMinutes(), e.getUnit());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRescheduled e) {
      return new MaintenanceRescheduled(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getPreviousStart(),
          e.getPreviousEnd(), e.getStart(), e.getEnd(), e.getPurpose(), e.getUrgent(), e.getReason(),
          e.getOverlapsWith());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCancelled e) {
      return new MaintenanceCancelled(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getStart(), e.getEnd(),
          e.getReason());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceAnnounced e) {
      return new MaintenanceAnnounced(CommonWire.envelope(e.getEnvelope()), e.getNotificationId(), e.getMessageId());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue e) {
      return new MaintenanceReminderDue(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getStart(), e.getEnd(),
          e.getPurpose(), e.getLeadMinutes());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderSkipped e) {
      return new MaintenanceReminderSkipped(CommonWire.envelope(e.getEnvelope()), e.getLeadMinutes(), e.getDueAt(),
          e.getReason());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted e) {
      return new MaintenanceStarted(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getStart(), e.getEnd());
    } else if (record instanceof br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCompleted e) {
      return new MaintenanceCompleted(CommonWire.envelope(e.getEnvelope()), e.getComponent(), e.getStart(), e.getEnd(),
          e.getEarly(), e.getNote());
    }
    throw new UndecodableRecordException("não é um evento de manutenção: " + record.getSchema().getFullName());
  }
}
