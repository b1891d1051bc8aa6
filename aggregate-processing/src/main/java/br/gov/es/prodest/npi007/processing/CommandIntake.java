package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The gateway's commands of one aggregate type, on their way to their aggregate. What cannot be
 * decoded, or is keyed by another aggregate than the one it addresses (it would be decided by a
 * task that does not own it), is a dead letter; the rest is routed as the service says.
 */
public final class CommandIntake<C extends Command> implements Processor<byte[], byte[], byte[], Routed> {

  /** Where a command goes next, given the partition of the task that read it. */
  public interface Route<C> {

    Record<byte[], Routed> of(C command, Record<byte[], byte[]> record, int partition);
  }

  private final AvroCodec codec = AvroCodec.instance();
  private final Function<SpecificRecord, C> commands;
  private final String idField;
  private final Route<C> route;
  private ProcessorContext<byte[], Routed> context;

  /**
   * @param commands the aggregate's wire, reading a command
   * @param idField  the name of the command's aggregate id field, for the dead letter's reason
   */
  public CommandIntake(AggregateWire<C, ?, ?> commands, String idField, Route<C> route) {
    this.commands = commands::toCommand;
    this.idField = idField;
    this.route = route;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    C command;
    try {
      command = commands.apply(codec.decode(record.value()));
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    // The key places the command on the partition that owns its aggregate.
    if (!Arrays.equals(command.aggregateId().getBytes(StandardCharsets.UTF_8), record.key())) {
      context.forward(DeadLetters.of(context, record,
          "a chave do registro difere do " + idField + " " + command.aggregateId()));
    } else {
      context.forward(route.of(command, record, context.taskId().partition()));
    }
  }
}
