package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.maintenance.CancelMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.CompleteMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RecordAnnouncement;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;

/** Maintenance commands from their Avro wire records, and the one command the service writes itself. */
final class MaintenanceCommandWire {

  private MaintenanceCommandWire() {
  }

  static MaintenanceCommand toCommand(SpecificRecord record) {
    if (record instanceof RequestMaintenance c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.maintenance.domain.RequestMaintenance(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m), CommonWire.origin(m), m.getExpectedVersion(),
          c.getMaintenanceId(), c.getComponent(), c.getStart(), c.getEnd(), c.getPurpose(),
          c.getCausesUnavailability(), c.getUrgent(), c.getIncidentId(), c.getUnit());
    } else if (record instanceof RescheduleMaintenance c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.maintenance.domain.RescheduleMaintenance(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m), CommonWire.origin(m), m.getExpectedVersion(),
          c.getMaintenanceId(), c.getStart(), c.getEnd(), c.getUrgent(), c.getReason());
    } else if (record instanceof CancelMaintenance c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.maintenance.domain.CancelMaintenance(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m), CommonWire.origin(m), m.getExpectedVersion(),
          c.getMaintenanceId(), c.getReason());
    } else if (record instanceof CompleteMaintenance c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.maintenance.domain.CompleteMaintenance(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m), CommonWire.origin(m), m.getExpectedVersion(),
          c.getMaintenanceId(), c.getNote());
    } else if (record instanceof RecordAnnouncement c) {
      CommandMetadata m = c.getMetadata();
      return new br.gov.es.prodest.npi007.maintenance.domain.RecordAnnouncement(m.getCommandId(),
          m.getCorrelationId(), m.getIssuedAt(), CommonWire.actor(m), CommonWire.origin(m), m.getExpectedVersion(),
          c.getMaintenanceId(), c.getNotificationId(), c.getMessageId());
    }
    throw new UndecodableRecordException("não é um comando de manutenção: " + record.getSchema().getFullName());
  }
}
