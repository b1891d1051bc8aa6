package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.aggregate.AggregateState;
import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.aggregate.Event;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * One aggregate's domain records to their Avro records and back: its commands, events, stored
 * state (snapshot) and the answer to a command. Each service has one, named {@code <Aggregate>Wire}.
 * A record that is not of the aggregate is refused with {@code UndecodableRecordException}.
 */
public interface AggregateWire<C extends Command, E extends Event, S extends AggregateState> {

  C toCommand(SpecificRecord record);

  SpecificRecord toAvro(E event);

  E toEvent(SpecificRecord record);

  /** The snapshot of an existing aggregate (version above 0). */
  SpecificRecord toSnapshot(S state);

  /**
   * The state a snapshot holds, knowing of its applied commands only {@code commandId} (null: none),
   * with the events that command caused (empty: it was never applied). The domain reads no other.
   */
  S toState(SpecificRecord snapshot, String commandId, List<E> caused);

  CommandResult toResult(CommandOutcome<C, E, S> outcome);
}
