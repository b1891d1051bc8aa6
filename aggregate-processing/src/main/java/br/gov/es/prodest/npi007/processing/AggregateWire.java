package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.aggregate.AggregateState;
import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.aggregate.Event;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * One aggregate's domain records to their Avro records and back: its commands, events, stored state
 * (snapshot) and the answer to a command. Each service builds one, {@code <Aggregate>Wire.INSTANCE},
 * from its command, event and snapshot translations. A record that is not of the aggregate is
 * refused with {@code UndecodableRecordException}.
 *
 * @param <R> the Avro record of the aggregate's snapshot
 */
public final class AggregateWire<C extends Command, E extends Event, S extends AggregateState,
    R extends SpecificRecord> {

  /** The state a snapshot holds, with what the command about to be decided caused before. */
  public interface SnapshotReader<E, S, R> {

    /**
     * @param commandId the command about to be decided, or null (timers): the state knows of no
     *                  other applied command
     * @param caused    the events that command caused (empty: it was never applied)
     */
    S toState(R snapshot, String commandId, List<E> caused);
  }

  private final Function<SpecificRecord, C> commands;
  private final Function<E, SpecificRecord> avro;
  private final Function<SpecificRecord, E> events;
  private final Class<R> snapshotType;
  private final Function<S, R> snapshots;
  private final SnapshotReader<E, S, R> states;
  private final Function<S, Optional<? extends Enum<?>>> status;

  /**
   * @param snapshots the snapshot of an existing aggregate (version above 0)
   * @param status    the aggregate's status, for the answer to a command
   */
  public AggregateWire(Function<SpecificRecord, C> commands, Function<E, SpecificRecord> avro,
      Function<SpecificRecord, E> events, Class<R> snapshotType, Function<S, R> snapshots,
      SnapshotReader<E, S, R> states, Function<S, Optional<? extends Enum<?>>> status) {
    this.commands = commands;
    this.avro = avro;
    this.events = events;
    this.snapshotType = snapshotType;
    this.snapshots = snapshots;
    this.states = states;
    this.status = status;
  }

  /** The domain command a wire record carries; a record that is no command of the aggregate cannot be processed. */
  public C toCommand(SpecificRecord record) {
    return commands.apply(record);
  }

  public SpecificRecord toAvro(E event) {
    return avro.apply(event);
  }

  /** The domain event a wire record carries; a record that is no event of the aggregate cannot be read. */
  public E toEvent(SpecificRecord record) {
    return events.apply(record);
  }

  public R toSnapshot(S state) {
    return snapshots.apply(state);
  }

  public S toState(SpecificRecord snapshot, String commandId, List<E> caused) {
    if (!snapshotType.isInstance(snapshot)) {
      throw new UndecodableRecordException("o estado guardado não é um " + snapshotType.getSimpleName() + ": "
          + snapshot.getSchema().getFullName());
    }
    return states.toState(snapshotType.cast(snapshot), commandId, caused);
  }

  /** The answer to the command, keyed like it by the aggregate it addressed. */
  public CommandResult toResult(CommandOutcome<C, E, S> outcome) {
    return CommonWire.result(outcome, status.apply(outcome.after()).orElse(null));
  }
}
