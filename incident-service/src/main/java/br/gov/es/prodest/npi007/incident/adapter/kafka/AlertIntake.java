package br.gov.es.prodest.npi007.incident.adapter.kafka;

import java.util.Optional;
import br.gov.es.prodest.npi007.processing.Intake;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.monitoring.AlertStatus;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Record;

/** Monitoring alerts: a firing one is a report by monitoring, a resolved one a record on its episode's incident. */
final class AlertIntake {

  private static final AvroCodec CODEC = AvroCodec.instance();

  private AlertIntake() {
  }

  /** The step of the topology, dead-lettering what it cannot decode. */
  static Intake step() {
    return Intake.deadLettering(AlertIntake::route);
  }

  private static Optional<Record<byte[], Routed>> route(SpecificRecord decoded, Record<byte[], byte[]> record,
      int partition) {
    if (!(decoded instanceof AlertReceived alert)) {
      throw new UndecodableRecordException("não é um alerta de monitoramento (AlertReceived)");
    }
    SpecificRecord command = alert.getStatus() == AlertStatus.FIRING
        ? IntakeCommands.report(alert) : IntakeCommands.resolution(alert);
    if (alert.getComponent().isBlank()) {
      return Optional.of(Intake.to(record, IntakeCommands.alertIncidentId(alert), Routed.Standard.BY_AGGREGATE,
          CODEC.encode(command)));
    }
    return Optional.of(Intake.to(record, ComponentKey.of(alert.getComponent()), IncidentLane.BY_COMPONENT,
        CODEC.encode(command)));
  }
}
