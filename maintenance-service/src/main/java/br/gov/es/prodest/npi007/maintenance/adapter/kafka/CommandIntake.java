package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The gateway's maintenance commands, on to their maintenance; what cannot be decoded, or is keyed
 * by another maintenance (it would be decided by a task that does not own it), is a dead letter.
 */
final class CommandIntake implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    MaintenanceCommand command;
    try {
      command = MaintenanceAvroMapper.toCommand(codec.decode(record.value()));
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    if (!Arrays.equals(DeadLetters.utf8(command.maintenanceId()), record.key())) {
      context.forward(DeadLetters.of(context, record,
          "a chave do registro difere do maintenanceId " + command.maintenanceId()));
    } else {
      context.forward(record.withValue(new Routed(Routed.Lane.BY_MAINTENANCE, record.value())));
    }
  }
}
