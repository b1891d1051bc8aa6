package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.monitoring.AlertStatus;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Monitoring alerts: a firing one is a report by monitoring, a resolved one a record on its episode's incident. */
final class AlertIntake implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    AlertReceived alert;
    try {
      alert = decode(record.value());
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    SpecificRecord command = alert.getStatus() == AlertStatus.FIRING
        ? IntakeCommands.report(alert) : IntakeCommands.resolution(alert);
    if (alert.getComponent().isBlank()) {
      context.forward(record.withKey(Routed.key(IntakeCommands.alertIncidentId(alert)))
          .withValue(new Routed(Routed.Standard.BY_AGGREGATE, codec.encode(command))));
      return;
    }
    context.forward(record.withKey(Routed.key(ComponentKey.of(alert.getComponent())))
        .withValue(new Routed(IncidentLane.BY_COMPONENT, codec.encode(command))));
  }

  private AlertReceived decode(byte[] value) {
    if (codec.decode(value) instanceof AlertReceived alert) {
      return alert;
    }
    throw new UndecodableRecordException("não é um alerta de monitoramento (AlertReceived)");
  }
}
