package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.aggregate.AggregateState;
import br.gov.es.prodest.npi007.aggregate.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One aggregate while a processor works on it: its current state, and the commands (with the events
 * each caused, encoded) to record when it is saved. One read from a history written before snapshots
 * starts with all of the history's commands, so that its first snapshot loses none of them.
 */
public final class LoadedAggregate<E extends Event, S extends AggregateState> {

  private final String aggregateId;
  private final Map<String, List<byte[]>> toRecord;
  private final boolean fromHistory;
  private S state;
  private boolean changed;

  LoadedAggregate(String aggregateId, S state, Map<String, List<byte[]>> fromHistory) {
    this.aggregateId = aggregateId;
    this.state = state;
    this.toRecord = new LinkedHashMap<>(fromHistory);
    this.fromHistory = !fromHistory.isEmpty();
  }

  public String aggregateId() {
    return aggregateId;
  }

  public S state() {
    return state;
  }

  void applied(S after, E event, byte[] encoded) {
    state = after;
    toRecord.computeIfAbsent(event.envelope().commandId(), commandId -> new ArrayList<>()).add(encoded);
    changed = true;
  }

  /** True when it must be saved: events were applied, or it still is a history. */
  boolean unsaved() {
    return changed || fromHistory;
  }

  Map<String, List<byte[]>> toRecord() {
    return toRecord;
  }
}
