package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.avro.incident.IncidentSnapshot;
import br.gov.es.prodest.npi007.incident.application.CommandOutcome;
import br.gov.es.prodest.npi007.incident.domain.ExistingIncident;
import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;

/**
 * The incidents of the processor's task: each one's snapshot, read and written once per command,
 * and the events each applied command caused, read only for the command being decided. An
 * incident stored as its event history (before snapshots) is folded once, as it always was.
 */
final class StoredIncidents {

  private final AggregateStore store;
  private final AvroCodec codec;

  StoredIncidents(AggregateStore store, AvroCodec codec) {
    this.store = store;
    this.codec = codec;
  }

  /**
   * An incident as loaded to decide one command.
   *
   * @param legacyApplied when it was stored as a history: the commands it applied and the events
   *                      each caused, to record with its first snapshot (retries of them still work)
   */
  record Loaded(IncidentState state, Map<String, List<byte[]>> legacyApplied) {
  }

  Loaded load(String incidentId, String commandId) {
    AggregateStore.Stored stored = store.load(incidentId);
    if (stored.snapshot() != null) {
      SpecificRecord record = codec.decode(stored.snapshot());
      if (!(record instanceof IncidentSnapshot snapshot)) {
        throw new IllegalStateException("o estado guardado do incidente " + incidentId + " não é um IncidentSnapshot: "
            + record.getSchema().getFullName());
      }
      List<IncidentEvent> caused = decode(store.caused(incidentId, commandId));
      return new Loaded(IncidentSnapshotMapper.toState(snapshot, commandId, caused), Map.of());
    }
    List<IncidentEvent> history = decode(stored.history());
    IncidentState state = Incident.replay(history);
    return new Loaded(state, appliedIn(state, history, stored.history()));
  }

  /** Keeps the incident after the command, when it changed or still was a history. */
  void save(Loaded before, CommandOutcome outcome, List<byte[]> newEvents) {
    if (!(outcome.after() instanceof ExistingIncident after)
        || newEvents.isEmpty() && before.legacyApplied().isEmpty()) {
      return;
    }
    Map<String, List<byte[]>> applied = new LinkedHashMap<>(before.legacyApplied());
    applied.putAll(byCommand(outcome.newEvents(), newEvents, commandId -> true));
    store.save(outcome.command().incidentId(), codec.encode(IncidentSnapshotMapper.toSnapshot(after)), applied);
  }

  // The commands the fold recorded as applied, each with the events it caused, as they were stored.
  private static Map<String, List<byte[]>> appliedIn(IncidentState state, List<IncidentEvent> history,
      List<byte[]> encoded) {
    return state instanceof ExistingIncident incident
        ? byCommand(history, encoded, incident.facts().appliedCommands()::containsKey)
        : Map.of();
  }

  private static Map<String, List<byte[]>> byCommand(List<IncidentEvent> events, List<byte[]> encoded,
      Predicate<String> recorded) {
    Map<String, List<byte[]>> byCommand = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      String commandId = events.get(i).envelope().commandId();
      if (recorded.test(commandId)) {
        byCommand.computeIfAbsent(commandId, id -> new ArrayList<>()).add(encoded.get(i));
      }
    }
    return byCommand;
  }

  private List<IncidentEvent> decode(List<byte[]> events) {
    return events.stream().map(codec::decode).map(IncidentAvroMapper::toEvent).toList();
  }
}
