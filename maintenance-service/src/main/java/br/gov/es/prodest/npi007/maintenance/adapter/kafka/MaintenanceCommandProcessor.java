package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.application.CommandOutcome;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceCommandHandler;
import br.gov.es.prodest.npi007.maintenance.domain.DecisionContext;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.Origin;
import br.gov.es.prodest.npi007.maintenance.domain.RequestMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.RescheduleMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.Timers;
import br.gov.es.prodest.npi007.maintenance.schedule.TimerIndex;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Decides each maintenance command against the maintenance's stored state, and fires the timers of
 * the maintenances its task owns; saves the new state and forwards the new events (with the
 * command's result), all in the task's Kafka transaction (exactly_once_v2). So a timer's event and
 * the state that records it as fired commit together or not at all: after a crash, a rebalance or
 * with a second instance, the partition's next owner sees either both or neither, and no timer
 * fires twice. The timer index is rebuilt from the stored states whenever the task (re)starts.
 */
final class MaintenanceCommandProcessor implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private final MaintenanceProcessing processing;
  private final TimerIndex timers = new TimerIndex();
  private ProcessorContext<byte[], Routed> context;
  private MaintenanceAggregates maintenances;
  private boolean indexBuilt;

  MaintenanceCommandProcessor(MaintenanceProcessing processing) {
    this.processing = processing;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.maintenances = new MaintenanceAggregates(codec,
        new AggregateStore(context, MaintenanceCommandTopology.HISTORIES));
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
    LoadedMaintenance maintenance = maintenances.load(maintenanceId, command.commandId());
    // The command is decided against the maintenance as it stands now: timers due by now fire first.
    fireTimers(maintenance, processing.clock().instant());
    CommandOutcome outcome = MaintenanceCommandHandler.handle(command, maintenance.state(), contextFor(command));
    Record<byte[], byte[]> out = record.withKey(utf8(maintenanceId));
    append(maintenance, outcome.newEvents(), out.headers(), out.timestamp());
    maintenances.save(maintenance);
    timers.schedule(maintenanceId, Timers.nextDueAt(maintenance.state(), processing.policy()));
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
      LoadedMaintenance maintenance = maintenances.load(maintenanceId, null);
      fireTimers(maintenance, now);
      maintenances.save(maintenance);
      timers.schedule(maintenanceId, Timers.nextDueAt(maintenance.state(), processing.policy()));
    }
  }

  private void fireTimers(LoadedMaintenance maintenance, Instant now) {
    List<MaintenanceEvent> fired = Timers.due(maintenance.state(), now, processing.policy());
    // The record's timestamp is the task's wall clock (a broker refuses timestamps far from its own);
    // the event's occurredAt is the service's clock.
    append(maintenance, fired, new RecordHeaders(), context.currentSystemTimeMs());
  }

  private void append(LoadedMaintenance maintenance, List<MaintenanceEvent> newEvents, Headers headers,
      long timestamp) {
    List<byte[]> encoded = newEvents.stream().map(MaintenanceAvroMapper::toAvro).map(codec::encode).toList();
    maintenance.apply(newEvents, encoded);
    for (byte[] event : encoded) {
      context.forward(new Record<>(utf8(maintenance.maintenanceId()), new Routed(Routed.Lane.EVENTS, event),
          timestamp, new RecordHeaders(headers.toArray())));
    }
  }

  private DecisionContext contextFor(MaintenanceCommand command) {
    boolean setsWindow = command instanceof RequestMaintenance || command instanceof RescheduleMaintenance;
    return new DecisionContext(processing.policy(), setsWindow ? processing.openWindows().get() : List.of());
  }

  // At the task's first punctuation (it runs only once the stores are restored): every pending timer
  // of the task's maintenances is derived anew from their stored states, snapshots and histories
  // written before snapshots alike, after a start, restart or rebalance.
  private void rebuildIndex() {
    timers.clear();
    maintenances.forEachState((maintenanceId, state) ->
        timers.schedule(maintenanceId, Timers.nextDueAt(state, processing.policy())));
    indexBuilt = true;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
