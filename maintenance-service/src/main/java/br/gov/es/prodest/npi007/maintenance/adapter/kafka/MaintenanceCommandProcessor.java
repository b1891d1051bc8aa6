package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.application.CommandOutcome;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceCommandHandler;
import br.gov.es.prodest.npi007.maintenance.domain.DecisionContext;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.Origin;
import br.gov.es.prodest.npi007.maintenance.domain.RequestMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.RescheduleMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.Timers;
import br.gov.es.prodest.npi007.maintenance.schedule.TimerIndex;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides each maintenance command against the maintenance's stored event history, and fires the
 * timers of the maintenances its task owns; appends the new events and forwards them (with the
 * command's result), all in the task's Kafka transaction (exactly_once_v2). So a timer's event and
 * the history that records it as fired commit together or not at all: after a crash, a rebalance or
 * with a second instance, the partition's next owner sees either both or neither, and no timer
 * fires twice. The timer index is rebuilt from the histories whenever the task (re)starts.
 */
final class MaintenanceCommandProcessor implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private final MaintenanceProcessing processing;
  private final TimerIndex timers = new TimerIndex();
  private ProcessorContext<byte[], Routed> context;
  private KeyValueStore<String, byte[]> histories;
  private boolean indexBuilt;

  MaintenanceCommandProcessor(MaintenanceProcessing processing) {
    this.processing = processing;
  }

  /** One maintenance's events, as stored and decoded. */
  private record History(byte[] stored, List<MaintenanceEvent> events) {
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.histories = context.getStateStore(MaintenanceCommandTopology.HISTORIES);
    this.indexBuilt = false;
    context.schedule(processing.timerInterval(), PunctuationType.WALL_CLOCK_TIME, ignored -> fireDueTimers());
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
    String maintenanceId = command.maintenanceId();
    // The command is decided against the maintenance as it stands now: timers due by now fire first.
    History history = fireTimers(maintenanceId, load(maintenanceId), processing.clock().instant());
    CommandOutcome outcome = MaintenanceCommandHandler.handle(command, history.events(), contextFor(command));
    Record<byte[], byte[]> out = record.withKey(utf8(maintenanceId));
    append(maintenanceId, history, outcome.newEvents(), out.headers(), out.timestamp());
    timers.schedule(maintenanceId, Timers.nextDueAt(outcome.after(), processing.policy()));
    byte[] result = codec.encode(MaintenanceAvroMapper.toResult(outcome));
    context.forward(out.withValue(new Routed(Routed.Lane.RESULTS, result)));
    // Nobody waits for the result of an announcement the service records itself: a refusal is shown where operators look.
    if (command.origin() == Origin.SYSTEM) {
      outcome.rejection().ifPresent(rejected -> context.forward(DeadLetters.of(context, record,
          "comando recusado (" + rejected.code() + "): " + rejected.detail())));
    }
  }

  private void fireDueTimers() {
    if (!indexBuilt) {
      rebuildIndex();
    }
    Instant now = processing.clock().instant();
    for (String maintenanceId : timers.dueAt(now)) {
      History after = fireTimers(maintenanceId, load(maintenanceId), now);
      timers.schedule(maintenanceId, Timers.nextDueAt(Maintenance.replay(after.events()), processing.policy()));
    }
  }

  private History fireTimers(String maintenanceId, History history, Instant now) {
    List<MaintenanceEvent> fired = Timers.due(Maintenance.replay(history.events()), now, processing.policy());
    // The record's timestamp is the task's wall clock (a broker refuses timestamps far from its own);
    // the event's occurredAt is the service's clock.
    return append(maintenanceId, history, fired, new RecordHeaders(), context.currentSystemTimeMs());
  }

  private History append(String maintenanceId, History history, List<MaintenanceEvent> newEvents, Headers headers,
      long timestamp) {
    if (newEvents.isEmpty()) {
      return history;
    }
    List<byte[]> encoded = newEvents.stream().map(MaintenanceAvroMapper::toAvro).map(codec::encode).toList();
    byte[] stored = EventHistory.append(history.stored(), encoded);
    histories.put(maintenanceId, stored);
    for (byte[] event : encoded) {
      context.forward(new Record<>(utf8(maintenanceId), new Routed(Routed.Lane.EVENTS, event), timestamp,
          new RecordHeaders(headers.toArray())));
    }
    List<MaintenanceEvent> events = new ArrayList<>(history.events());
    events.addAll(newEvents);
    return new History(stored, events);
  }

  private DecisionContext contextFor(MaintenanceCommand command) {
    boolean setsWindow = command instanceof RequestMaintenance || command instanceof RescheduleMaintenance;
    return new DecisionContext(processing.policy(), setsWindow ? processing.openWindows().get() : List.of());
  }

  private History load(String maintenanceId) {
    byte[] stored = histories.get(maintenanceId);
    return new History(stored, decode(stored));
  }

  private List<MaintenanceEvent> decode(byte[] stored) {
    return EventHistory.read(stored).stream().map(codec::decode).map(MaintenanceAvroMapper::toEvent).toList();
  }

  // At the task's first punctuation (it runs only once the stores are restored): every pending timer
  // of the task's maintenances is derived anew from their events, after a start, restart or rebalance.
  private void rebuildIndex() {
    timers.clear();
    try (KeyValueIterator<String, byte[]> all = histories.all()) {
      all.forEachRemaining(this::index);
    }
    indexBuilt = true;
  }

  private void index(KeyValue<String, byte[]> stored) {
    timers.schedule(stored.key, Timers.nextDueAt(Maintenance.replay(decode(stored.value)), processing.policy()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
