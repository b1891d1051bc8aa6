package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.AggregateState;
import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Event;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every aggregate's commands are processed in a Kafka Streams task, written once: load the
 * aggregate's folded state, decide, append the new events, save the state, answer (all in the
 * task's exactly_once_v2 transaction). The events and the answer keep the command's headers, so the
 * gateway's request/reply correlation header comes back on the result; their trace context is the
 * span in scope's ({@link RecordTracing}). Only a command that carries the correlation header is
 * answered: nobody waits for the others. Each decided command and each appended event is counted
 * ({@link ProcessingMeters}). Each service's processor
 * decodes its input and hands it here; timers and intake that are not commands use
 * {@link #load}, {@link #append} and {@link #save} directly.
 *
 * @param <K> the key type of the task's records; an aggregate's key is its id
 */
public final class AggregateProcessor<K, C extends Command, E extends Event, S extends AggregateState> {

  // Nobody waits for the answer to intake (service desk, monitoring, timers, the services
  // themselves): a refusal of theirs is a dead letter, shown where operators look.
  private static final Set<Origin> UNANSWERED = Set.of(Origin.SERVICE_DESK, Origin.MONITORING, Origin.SCHEDULER,
      Origin.SYSTEM);

  /** spring-kafka's request/reply correlation header ({@code KafkaHeaders.CORRELATION_ID}). */
  static final String CORRELATION_HEADER = "kafka_correlationId";
  private static final Logger log = LoggerFactory.getLogger(AggregateProcessor.class);

  private final AvroCodec codec = AvroCodec.instance();
  private final ProcessorContext<K, Routed> context;
  private final ProcessingMeters meters;
  private final RecordTracing tracing;
  private final AggregateStore store;
  private final Aggregate<C, E, S> aggregate;
  private final AggregateWire<C, E, S, ?> wire;
  private final Function<String, K> keys;

  /**
   * @param statesStore the aggregate's states store ({@link AggregateStore}), connected to the processor
   * @param keys        an aggregate id as the task's record key
   */
  public AggregateProcessor(ProcessorContext<K, Routed> context, String statesStore, Aggregate<C, E, S> aggregate,
      AggregateWire<C, E, S, ?> wire, Function<String, K> keys, ProcessingTelemetry telemetry) {
    this.context = context;
    this.meters = telemetry.meters();
    this.tracing = telemetry.tracing();
    this.store = new AggregateStore(context, statesStore);
    this.aggregate = aggregate;
    this.wire = wire;
    this.keys = keys;
  }

  /** The command the record holds, or a dead letter saying why there is none (empty then). */
  public Optional<C> commandIn(Record<K, byte[]> record) {
    try {
      return Optional.of(wire.toCommand(codec.decode(record.value())));
    } catch (UndecodableRecordException e) {
      deadLetter(record, e.getMessage());
      return Optional.empty();
    }
  }

  /** Decides the command against its aggregate as stored, and answers it. */
  public CommandOutcome<C, E, S> handle(Record<K, byte[]> record, C command) {
    return handle(record, command, load(command.aggregateId(), command.commandId()));
  }

  /**
   * Decides the command against the aggregate as loaded (and perhaps advanced since, e.g. by its
   * timers): appends the new events, saves the state, forwards the answer.
   */
  public CommandOutcome<C, E, S> handle(Record<K, byte[]> record, C command, LoadedAggregate<E, S> loaded) {
    return handle(record, command, loaded, aggregate.decide(command, loaded.state()));
  }

  /**
   * Carries out a decision made on the aggregate as loaded by rules that know more than its state
   * (e.g. a notification's deliveries, which other events record): appends its events, saves the
   * state, forwards the answer.
   */
  public CommandOutcome<C, E, S> handle(Record<K, byte[]> record, C command, LoadedAggregate<E, S> loaded,
      Decision<E> decision) {
    Record<K, byte[]> out = record.withKey(keys.apply(command.aggregateId()));
    append(loaded, decision.events(), out.headers(), out.timestamp());
    save(loaded);
    CommandOutcome<C, E, S> outcome = new CommandOutcome<>(command, decision, loaded.state());
    String type = command.getClass().getSimpleName();
    String reason = outcome.rejection().map(rejected -> rejected.code()).orElse(null);
    // counted in the task's transaction: again only if it aborts and the command is processed anew
    meters.commandDecided(type, reason);
    log.info("Comando {} {} decidido: {}", type, command.commandId(), reason == null ? "aceito" : "recusado (" + reason + ")");
    if (out.headers().lastHeader(CORRELATION_HEADER) != null) {
      context.forward(out.withValue(new Routed(Routed.Standard.RESULTS, codec.encode(wire.toResult(outcome))))
          .withHeaders(tracing.stamp(out.headers())));
    }
    if (UNANSWERED.contains(command.origin())) {
      outcome.rejection().ifPresent(rejected -> deadLetter(record,
          "comando recusado (" + rejected.code() + "): " + rejected.detail()));
    }
    return outcome;
  }

  /**
   * The aggregate as stored, knowing of its applied commands (when read from a snapshot) only
   * {@code commandId}, the command about to be decided; null when no command is (timers).
   */
  public LoadedAggregate<E, S> load(String aggregateId, String commandId) {
    return load(aggregateId, store.load(aggregateId), commandId);
  }

  /** Every aggregate of the task, each read once from the store, with its state (a task's start). */
  public void forEachState(BiConsumer<String, S> action) {
    store.forEachStored((aggregateId, stored) -> action.accept(aggregateId,
        load(aggregateId, stored, null).state()));
  }

  /**
   * Applies the new events to the loaded aggregate and forwards them, in order, on the events lane,
   * keyed by the aggregate's id.
   */
  public void append(LoadedAggregate<E, S> loaded, List<E> events, Headers headers, long timestamp) {
    for (E event : events) {
      byte[] encoded = codec.encode(wire.toAvro(event));
      loaded.applied(aggregate.evolve(loaded.state(), event), event, encoded);
      context.forward(new Record<>(keys.apply(loaded.aggregateId()), new Routed(Routed.Standard.EVENTS, encoded),
          timestamp, tracing.stamp(headers)));
      meters.eventAppended(event.getClass().getSimpleName());
    }
  }

  /** Saves the aggregate's state and the commands it newly applied, if anything changed. */
  public void save(LoadedAggregate<E, S> loaded) {
    if (loaded.unsaved() && loaded.state().version() > 0) {
      store.save(loaded.aggregateId(), codec.encode(wire.toSnapshot(loaded.state())), loaded.toRecord());
    }
  }

  /** The record's original bytes to the dead-letter lane, with the reason (in Portuguese). */
  public void deadLetter(Record<K, byte[]> record, String reason) {
    Record<K, Routed> letter = DeadLetters.of(context, record, reason);
    context.forward(letter.withHeaders(tracing.stamp(letter.headers())));
  }

  private LoadedAggregate<E, S> load(String aggregateId, AggregateStore.Stored stored, String commandId) {
    if (stored.snapshot() != null) {
      List<E> caused = commandId == null ? List.of() : events(store.caused(aggregateId, commandId));
      S state = wire.toState(codec.decode(stored.snapshot()), commandId, caused);
      return new LoadedAggregate<>(aggregateId, state, Map.of());
    }
    List<E> history = events(stored.history());
    S state = aggregate.fold(history);
    return new LoadedAggregate<>(aggregateId, state, causedByApplied(state, history, stored.history()));
  }

  // The commands the fold recorded as applied, each with the events it caused, as they were stored.
  private static Map<String, List<byte[]>> causedByApplied(AggregateState state, List<? extends Event> history,
      List<byte[]> encoded) {
    Map<String, List<byte[]>> caused = new LinkedHashMap<>();
    for (int i = 0; i < history.size(); i++) {
      String commandId = history.get(i).envelope().commandId();
      if (state.applied(commandId)) {
        caused.computeIfAbsent(commandId, id -> new ArrayList<>()).add(encoded.get(i));
      }
    }
    return caused;
  }

  private List<E> events(List<byte[]> encoded) {
    return encoded.stream().map(codec::decode).map(wire::toEvent).toList();
  }
}
