package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import static br.gov.es.prodest.npi007.maintenance.WireCommands.cancel;
import static br.gov.es.prodest.npi007.maintenance.WireCommands.request;
import static br.gov.es.prodest.npi007.maintenance.WireCommands.reschedule;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshot;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshotStatus;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import br.gov.es.prodest.npi007.maintenance.SimulatedClock;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceAggregate;
import br.gov.es.prodest.npi007.maintenance.domain.DecisionContext;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceState;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command processor keeps of a maintenance: its folded state, whatever the version that stored it. */
class MaintenanceStoreTest {

  private static final Instant T0 = Instant.parse("2025-03-10T13:00:00Z");
  private static final Instant START = T0.plus(Duration.ofHours(48));
  private static final Instant END = START.plus(Duration.ofHours(2));
  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final String[] STORES = AggregateStore.storeNames(MaintenanceCommandTopology.HISTORIES);

  @TempDir
  Path stateDir;

  private final SimulatedClock clock = new SimulatedClock(T0);
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> commands;
  private TestOutputTopic<byte[], byte[]> events;
  private TestOutputTopic<byte[], byte[]> results;

  @BeforeEach
  void open() {
    Properties settings = new Properties();
    settings.put(StreamsConfig.APPLICATION_ID_CONFIG, "maintenance-store-test");
    settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    var processing = new MaintenanceProcessing(clock, Policy.DEFAULT, List::of, Duration.ofSeconds(1));
    driver = new TopologyTestDriver(MaintenanceCommandTopology.addTo(new StreamsBuilder(), processing).build(),
        settings, clock.instant());
    var bytesOut = new ByteArraySerializer();
    var bytesIn = new ByteArrayDeserializer();
    commands = driver.createInputTopic(Topics.MAINTENANCE_COMMANDS.name(), bytesOut, bytesOut);
    events = driver.createOutputTopic(Topics.MAINTENANCE_EVENTS.name(), bytesIn, bytesIn);
    results = driver.createOutputTopic(Topics.MAINTENANCE_COMMAND_RESULTS.name(), bytesIn, bytesIn);
  }

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void a_history_stored_before_snapshots_is_decided_on_as_before_then_kept_as_a_snapshot_that_knows_its_old_commands() {
    String id = UUID.randomUUID().toString();
    RequestMaintenance request = request(id, "SIGEFES", T0, START, END, false);
    RescheduleMaintenance move = reschedule(id, T0, START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)));
    send(id, request);
    send(id, move);
    List<byte[]> written = events.readValuesToList();
    results.readValuesToList();
    storeAsBeforeSnapshots(id, written);
    List<MaintenanceEvent> history = new ArrayList<>(written.stream().map(MaintenanceStoreTest::event).toList());
    RescheduleMaintenance keyReused = new RescheduleMaintenance(move.getMetadata(), id,
        START.plus(Duration.ofDays(3)), END.plus(Duration.ofDays(3)), true, "Outro motivo");

    List<CommandOutcome<MaintenanceCommand, MaintenanceEvent, MaintenanceState>> outcomes = new ArrayList<>();
    for (SpecificRecord command : List.of(cancel(id, T0), move, request, keyReused)) {
      // The version before snapshots decided every command against its maintenance's whole history folded.
      var before = new MaintenanceAggregate(Policy.DEFAULT, List::of).handle(MaintenanceWire.INSTANCE.toCommand(command),
          Maintenance.fold(history));
      send(id, command);
      assertThat(events.readValuesToList().stream().map(MaintenanceStoreTest::event).toList())
          .isEqualTo(before.newEvents());
      assertThat(CODEC.decode(results.readValue(), CommandResult.class))
          .isEqualTo(MaintenanceWire.INSTANCE.toResult(before));
      history.addAll(before.newEvents());
      outcomes.add(before);
    }

    assertThat(outcomes).extracting(outcome -> outcome.accepted()).containsExactly(true, true, true, false);
    assertThat(outcomes).extracting(outcome -> outcome.newEvents().size()).containsExactly(1, 0, 0, 0);
    assertThat(outcomes.get(3).rejection().orElseThrow().code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    MaintenanceSnapshot snapshot = CODEC.decode(stored(id), MaintenanceSnapshot.class);
    assertThat(snapshot.getStatus()).isEqualTo(MaintenanceSnapshotStatus.CANCELLED);
    assertThat(snapshot.getVersion()).isEqualTo(3);
  }

  @Test
  void a_long_life_keeps_the_stored_state_as_small_as_the_state_itself() {
    String id = UUID.randomUUID().toString();
    send(id, request(id, "SIGEFES", T0, START, END, false));
    List<RescheduleMaintenance> moves = new ArrayList<>();
    int sizeAfterTen = 0;
    for (int i = 1; i <= 200; i++) {
      Instant start = i % 2 == 0 ? START : START.plus(Duration.ofDays(1));
      RescheduleMaintenance move = reschedule(id, T0, start, start.plus(Duration.ofHours(2)));
      moves.add(move);
      send(id, move);
      if (i == 10) {
        sizeAfterTen = stored(id).length;
      }
    }

    assertThat(events.readValuesToList()).hasSize(201);
    // The same fields, the version aside (its variable-length encoding may take a byte or two more).
    assertThat(stored(id).length).isLessThanOrEqualTo(sizeAfterTen + 2);
    assertThat(CODEC.decode(stored(id), MaintenanceSnapshot.class).getVersion()).isEqualTo(201);
    results.readValuesToList();
    send(id, moves.get(0));
    CommandResult retry = CODEC.decode(results.readValue(), CommandResult.class);
    assertThat(retry.getAccepted()).isTrue();
    assertThat(retry.getEventIds()).isEmpty();
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void after_an_upgrade_the_timers_of_a_history_stored_before_snapshots_are_rebuilt_and_fire_once() {
    String id = UUID.randomUUID().toString();
    send(id, request(id, "SIGEFES", T0, START, END, false));
    List<byte[]> written = events.readValuesToList();
    driver.close();
    open();
    storeAsBeforeSnapshots(id, written);

    assertThat(firedAt(START.minus(Duration.ofHours(24)))).singleElement()
        .isInstanceOfSatisfying(MaintenanceReminderDue.class, due -> assertThat(due.getLeadMinutes()).isEqualTo(1440));
    assertThat(CODEC.decode(stored(id), MaintenanceSnapshot.class).getReminderOutcomes()).hasSize(1);
    assertThat(firedAt(START.minus(Duration.ofMinutes(30)))).singleElement()
        .isInstanceOfSatisfying(MaintenanceReminderDue.class, due -> assertThat(due.getLeadMinutes()).isEqualTo(60));
    assertThat(firedAt(START)).singleElement().isInstanceOf(MaintenanceStarted.class);
    assertThat(firedAt(START.plusSeconds(60))).isEmpty();
  }

  /** Moves the service's clock and the driver's wall clock to {@code when}; the events the timers fired. */
  private List<SpecificRecord> firedAt(Instant when) {
    Duration step = Duration.between(clock.instant(), when);
    clock.set(when);
    driver.advanceWallClockTime(step);
    return events.readValuesToList().stream().map(CODEC::decode).toList();
  }

  /** As the version before snapshots left it: the maintenance's events in the states store, nothing applied apart. */
  private void storeAsBeforeSnapshots(String id, List<byte[]> written) {
    driver.<String, byte[]>getKeyValueStore(STORES[0]).put(id, EventHistory.append(null, written));
    KeyValueStore<String, byte[]> applied = driver.getKeyValueStore(STORES[1]);
    List<String> keys = new ArrayList<>();
    try (var all = applied.all()) {
      all.forEachRemaining(entry -> keys.add(entry.key));
    }
    keys.forEach(applied::delete);
  }

  private byte[] stored(String id) {
    return driver.<String, byte[]>getKeyValueStore(STORES[0]).get(id);
  }

  private void send(String key, SpecificRecord command) {
    // as the gateway sends it: only a command with a correlation header is answered
    commands.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(key.getBytes(StandardCharsets.UTF_8),
        CODEC.encode(command), new org.apache.kafka.common.header.internals.RecordHeaders().add(
            org.springframework.kafka.support.KafkaHeaders.CORRELATION_ID, key.getBytes(StandardCharsets.UTF_8))));
  }

  private static MaintenanceEvent event(byte[] encoded) {
    return MaintenanceWire.INSTANCE.toEvent(CODEC.decode(encoded));
  }
}
