package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A topology's first step on a topic: decodes each record and routes it as the service says. A
 * record that cannot be decoded, or that the route refuses ({@link UndecodableRecordException}, with
 * the reason in Portuguese), is a dead letter, or is dropped where the topic is the service's own.
 */
public final class Intake implements Processor<byte[], byte[], byte[], Routed> {

  /** Where a decoded record goes next, if anywhere, given the partition of the task that read it. */
  public interface Route {

    Optional<Record<byte[], Routed>> of(SpecificRecord decoded, Record<byte[], byte[]> record, int partition);
  }

  /** Where a command goes next, once it is known to be keyed by its aggregate. */
  public interface CommandRoute<C> {

    Record<byte[], Routed> of(C command, Record<byte[], byte[]> record, int partition);
  }

  private final AvroCodec codec = AvroCodec.instance();
  private final Route route;
  private final boolean deadLetters;
  private ProcessorContext<byte[], Routed> context;

  private Intake(Route route, boolean deadLetters) {
    this.route = route;
    this.deadLetters = deadLetters;
  }

  /** A refused record is a dead letter. */
  public static Intake deadLettering(Route route) {
    return new Intake(route, true);
  }

  /** A refused record is dropped: the service wrote the topic, and another step reports what it cannot read. */
  public static Intake ignoring(Route route) {
    return new Intake(route, false);
  }

  /**
   * The commands of one aggregate type: a command keyed by another aggregate than the one it
   * addresses (it would be decided by a task that does not own it) is refused.
   *
   * @param idField the name of the command's aggregate id field, for the refusal's reason
   */
  public static <C extends Command> Intake commands(AggregateWire<C, ?, ?, ?> wire, String idField,
      CommandRoute<C> route) {
    return deadLettering((decoded, record, partition) -> {
      C command = wire.toCommand(decoded);
      if (!Arrays.equals(Routed.key(command.aggregateId()), record.key())) {
        throw new UndecodableRecordException("a chave do registro difere do " + idField + " " + command.aggregateId());
      }
      return Optional.of(route.of(command, record, partition));
    });
  }

  /** The record, keyed anew, with these bytes on this lane. */
  public static Record<byte[], Routed> to(Record<byte[], byte[]> record, String key, Routed.Lane lane, byte[] value) {
    return record.withKey(Routed.key(key)).withValue(new Routed(lane, value));
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    Optional<Record<byte[], Routed>> routed;
    try {
      routed = route.of(codec.decode(record.value()), record, context.taskId().partition());
    } catch (UndecodableRecordException e) {
      if (deadLetters) {
        context.forward(DeadLetters.of(context, record, e.getMessage()));
      }
      return;
    }
    routed.ifPresent(context::forward);
  }
}
