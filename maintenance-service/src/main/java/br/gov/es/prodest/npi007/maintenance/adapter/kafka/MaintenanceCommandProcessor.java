package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceAggregate;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.maintenance.domain.Timers;
import br.gov.es.prodest.npi007.maintenance.schedule.OpenWindowIndex;
import br.gov.es.prodest.npi007.maintenance.schedule.TimerIndex;
import br.gov.es.prodest.npi007.processing.AggregateProcessor;
import br.gov.es.prodest.npi007.processing.LoadedAggregate;
import br.gov.es.prodest.npi007.processing.RecordTracing;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Decides each maintenance command against the maintenance's stored state ({@link AggregateProcessor}),
 * and fires the timers of the maintenances its task owns, all in the task's Kafka transaction
 * (exactly_once_v2). So a timer's event and the state that records it as fired commit together or
 * not at all: after a crash, a rebalance or with a second instance, the partition's next owner sees
 * either both or neither, and no timer fires twice. The timer index and the open windows (the
 * overlap check's) are rebuilt from the stored states whenever the task (re)starts.
 */
final class MaintenanceCommandProcessor implements Processor<byte[], byte[], byte[], Routed> {

  private final MaintenanceProcessing processing;
  private final TimerIndex timers = new TimerIndex();
  private final OpenWindowIndex windows = new OpenWindowIndex();
  private ProcessorContext<byte[], Routed> context;
  private AggregateProcessor<byte[], MaintenanceCommand, MaintenanceEvent, MaintenanceState> maintenances;
  private boolean indexBuilt;

  MaintenanceCommandProcessor(MaintenanceProcessing processing) {
    this.processing = processing;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.maintenances = new AggregateProcessor<>(context, MaintenanceCommandTopology.HISTORIES,
        new MaintenanceAggregate(processing.policy(), this::openWindows), MaintenanceWire.INSTANCE,
        id -> id.getBytes(StandardCharsets.UTF_8), processing.telemetry());
    this.indexBuilt = false;
    context.schedule(processing.timerInterval(), PunctuationType.WALL_CLOCK_TIME, ignored -> fireDueTimers());
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    try (RecordTracing.Work work = processing.telemetry().tracing().open(record.headers(), "maintenance decide")) {
      maintenances.commandIn(record).ifPresent(command -> {
        work.named("maintenance decide " + command.getClass().getSimpleName());
        decide(record, command);
      });
    }
  }

  private void decide(Record<byte[], byte[]> record, MaintenanceCommand command) {
    if (!indexBuilt) {
      rebuildIndex();
    }
    var maintenance = maintenances.load(command.maintenanceId(), command.commandId());
    // The command is decided against the maintenance as it stands now: timers due by now fire first.
    fireTimers(maintenance, processing.clock().instant());
    CommandOutcome<MaintenanceCommand, MaintenanceEvent, MaintenanceState> outcome =
        maintenances.handle(record, command, maintenance);
    timers.schedule(command.maintenanceId(), Timers.nextDueAt(outcome.after(), processing.policy()));
    windows.update(command.maintenanceId(), outcome.after());
  }

  /**
   * The open windows an overlap check compares with: this task's own, as it decided them (every
   * maintenance placed on this partition, so every one of a component placed here), and, from the
   * register, those of maintenances another task decides (ids of an earlier version, not placed by
   * component), which the register shows a fetch late.
   */
  private List<OpenWindow> openWindows() {
    int partition = context.taskId().partition();
    List<OpenWindow> open = new ArrayList<>(windows.windows());
    processing.openWindows().get().stream()
        .filter(window -> Topics.MAINTENANCE_COMMANDS.partitionOf(window.maintenanceId()) != partition)
        .forEach(open::add);
    return open;
  }

  private void fireDueTimers() {
    if (!indexBuilt) {
      rebuildIndex();
    }
    Instant now = processing.clock().instant();
    for (String maintenanceId : timers.dueAt(now)) {
      // Nobody asked for a timer: each firing starts a trace of its own (its events carry it on).
      try (RecordTracing.Work work = processing.telemetry().tracing().openNew("maintenance timers")) {
        var maintenance = maintenances.load(maintenanceId, null);
        fireTimers(maintenance, now);
        maintenances.save(maintenance);
        timers.schedule(maintenanceId, Timers.nextDueAt(maintenance.state(), processing.policy()));
        windows.update(maintenanceId, maintenance.state());
      }
    }
  }

  private void fireTimers(LoadedAggregate<MaintenanceEvent, MaintenanceState> maintenance, Instant now) {
    // The record's timestamp is the task's wall clock (a broker refuses timestamps far from its own);
    // the event's occurredAt is the service's clock.
    maintenances.append(maintenance, Timers.due(maintenance.state(), now, processing.policy()), new RecordHeaders(),
        context.currentSystemTimeMs());
  }

  // At the task's first punctuation or command (both run only once the stores are restored): every
  // pending timer and open window of the task's maintenances is derived anew from their stored
  // states, snapshots and histories written before snapshots alike, after a start, restart or rebalance.
  private void rebuildIndex() {
    timers.clear();
    windows.clear();
    maintenances.forEachState((maintenanceId, state) -> {
      timers.schedule(maintenanceId, Timers.nextDueAt(state, processing.policy()));
      windows.update(maintenanceId, state);
    });
    indexBuilt = true;
  }
}
