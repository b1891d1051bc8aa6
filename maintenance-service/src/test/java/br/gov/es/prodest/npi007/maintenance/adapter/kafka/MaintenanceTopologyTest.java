package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import static br.gov.es.prodest.npi007.maintenance.WireCommands.cancel;
import static br.gov.es.prodest.npi007.maintenance.WireCommands.delivered;
import static br.gov.es.prodest.npi007.maintenance.WireCommands.request;
import static br.gov.es.prodest.npi007.maintenance.WireCommands.reschedule;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceAnnounced;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCancelled;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCompleted;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderSkipped;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.maintenance.SimulatedClock;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceRegister;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStatus;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.maintenance.domain.ReminderState;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.MaintenancePlacement;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.support.KafkaHeaders;

/** The whole topology in simulated time: the wall clock of the driver and the service's clock move together. */
class MaintenanceTopologyTest {

  private static final Instant T0 = Instant.parse("2025-03-10T13:00:00Z");
  private static final Instant START = T0.plus(Duration.ofHours(48));
  private static final Instant END = START.plus(Duration.ofHours(2));
  private static final AvroCodec CODEC = AvroCodec.instance();

  @TempDir
  Path stateDir;

  private final SimulatedClock clock = new SimulatedClock(T0);
  @TempDir
  Path registerDir;

  private ProjectionStore registerStore;
  private MaintenanceRegister register;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> commands;
  private TestInputTopic<byte[], byte[]> deliveries;
  private TestOutputTopic<byte[], byte[]> events;
  private TestOutputTopic<byte[], byte[]> results;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  @BeforeEach
  void open() {
    if (registerStore == null) {
      registerStore = ProjectionStore.open(registerDir, MaintenanceRegister.LAYOUT, RocksDbBudget.of(8));
      register = new MaintenanceRegister(registerStore, Policy.DEFAULT,
          record -> MaintenanceWire.INSTANCE.toEvent(CODEC.decode(record)));
    }
    Properties settings = new Properties();
    settings.put(StreamsConfig.APPLICATION_ID_CONFIG, "maintenance-topology-test");
    settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    var processing = new MaintenanceProcessing(clock, Policy.DEFAULT, register::openWindows, Duration.ofSeconds(1));
    driver = new TopologyTestDriver(MaintenanceCommandTopology.addTo(new StreamsBuilder(), processing).build(),
        settings, clock.instant());
    var bytesOut = new ByteArraySerializer();
    var bytesIn = new ByteArrayDeserializer();
    commands = driver.createInputTopic(Topics.MAINTENANCE_COMMANDS.name(), bytesOut, bytesOut);
    deliveries = driver.createInputTopic(Topics.DELIVERIES.name(), bytesOut, bytesOut);
    events = driver.createOutputTopic(Topics.MAINTENANCE_EVENTS.name(), bytesIn, bytesIn);
    results = driver.createOutputTopic(Topics.MAINTENANCE_COMMAND_RESULTS.name(), bytesIn, bytesIn);
    deadLetters = driver.createOutputTopic(Topics.MAINTENANCE_SERVICE_DEAD_LETTERS.name(), bytesIn, bytesIn);
  }

  @AfterEach
  void close() {
    driver.close();
  }

  @AfterEach
  void closeRegister() {
    registerStore.close();
  }

  @Test
  void a_request_is_published_and_answered_with_the_callers_correlation_header() {
    String id = UUID.randomUUID().toString();
    byte[] correlation = "corr-42".getBytes(StandardCharsets.UTF_8);
    RequestMaintenance command = request(id, "SIGEFES", T0, START, END, false);

    commands.pipeInput(new TestRecord<>(utf8(id), CODEC.encode(command),
        new RecordHeaders().add(KafkaHeaders.CORRELATION_ID, correlation)));

    TestRecord<byte[], byte[]> answer = results.readRecord();
    CommandResult result = CODEC.decode(answer.value(), CommandResult.class);
    assertThat(result.getAccepted()).isTrue();
    assertThat(result.getStatus()).isEqualTo("REQUESTED");
    assertThat(result.getVersion()).isEqualTo(1);
    assertThat(result.getWarnings()).isEmpty();
    assertThat(answer.headers().lastHeader(KafkaHeaders.CORRELATION_ID).value()).isEqualTo(correlation);
    List<SpecificRecord> published = newEvents();
    assertThat(published).singleElement().isInstanceOfSatisfying(MaintenanceRequested.class, requested -> {
      assertThat(requested.getEnvelope().getEventId()).isEqualTo(result.getEventIds().get(0));
      assertThat(requested.getEnvelope().getAggregateId()).isEqualTo(id);
    });
  }

  @Test
  void a_refused_request_is_answered_with_its_reason_and_publishes_nothing() {
    String id = UUID.randomUUID().toString();

    send(id, request(id, "SIGEFES", T0, T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(3)), false));

    CommandResult result = CODEC.decode(results.readValue(), CommandResult.class);
    assertThat(result.getAccepted()).isFalse();
    assertThat(result.getRejectionKind()).isEqualTo(RejectionKind.RULE_VIOLATED);
    assertThat(result.getRejectionCode()).isEqualTo("NOTICE_TOO_SHORT");
    assertThat(result.getRejectionDetail()).startsWith("O aviso mínimo é de 24 horas");
    assertThat(result.getVersion()).isZero();
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void reminders_start_and_end_fire_once_each_as_the_clock_passes_them() {
    String id = requested("SIGEFES", START, END);

    assertThat(at(START.minus(Duration.ofHours(24)).minusSeconds(1))).isEmpty();
    assertThat(at(START.minus(Duration.ofHours(24)))).singleElement()
        .isInstanceOfSatisfying(MaintenanceReminderDue.class, due -> assertThat(due.getLeadMinutes()).isEqualTo(1440));
    assertThat(at(START.minus(Duration.ofHours(24)).plusSeconds(30))).isEmpty();
    assertThat(at(START.minus(Duration.ofHours(1)))).singleElement()
        .isInstanceOfSatisfying(MaintenanceReminderDue.class, due -> assertThat(due.getLeadMinutes()).isEqualTo(60));
    assertThat(at(START)).singleElement().isInstanceOf(MaintenanceStarted.class);
    assertThat(at(START.plusSeconds(60))).isEmpty();
    assertThat(at(END)).singleElement().isInstanceOfSatisfying(MaintenanceCompleted.class,
        completed -> assertThat(completed.getEarly()).isFalse());
    assertThat(at(END.plus(Duration.ofDays(1)))).isEmpty();

    var shown = register.find(id).orElseThrow();
    assertThat(shown.status()).isEqualTo(MaintenanceStatus.COMPLETED);
    assertThat(shown.reminders()).extracting(reminder -> reminder.state()).containsOnly(ReminderState.SENT);
    assertThat(shown.version()).isEqualTo(5);
  }

  @Test
  void reminders_whose_moment_passed_by_more_than_their_lead_are_skipped_not_sent_late() {
    requested("SIGEFES", START, END);

    List<SpecificRecord> fired = at(START.plusSeconds(300));

    assertThat(fired).hasExactlyElementsOfTypes(MaintenanceReminderSkipped.class, MaintenanceReminderSkipped.class,
        MaintenanceStarted.class);
    assertThat(at(START.plusSeconds(360))).isEmpty();
  }

  @Test
  void a_reschedule_moves_the_timers_to_the_new_window() {
    String id = requested("SIGEFES", START, END);
    Instant newStart = START.plus(Duration.ofDays(3));
    send(id, reschedule(id, T0, newStart, newStart.plus(Duration.ofHours(1))));
    assertThat(newEvents()).singleElement().isInstanceOf(MaintenanceRescheduled.class);

    assertThat(at(END)).isEmpty();
    assertThat(at(newStart.minus(Duration.ofHours(24)))).singleElement()
        .isInstanceOfSatisfying(MaintenanceReminderDue.class, due -> assertThat(due.getStart()).isEqualTo(newStart));
    assertThat(at(newStart.minus(Duration.ofMinutes(59)))).hasSize(1);
    assertThat(at(newStart)).singleElement().isInstanceOf(MaintenanceStarted.class);
  }

  @Test
  void a_cancel_removes_the_timers() {
    String id = requested("SIGEFES", START, END);
    send(id, cancel(id, T0));
    assertThat(newEvents()).singleElement().isInstanceOf(MaintenanceCancelled.class);

    assertThat(at(START.minus(Duration.ofHours(24)))).isEmpty();
    assertThat(at(END.plusSeconds(1))).isEmpty();
  }

  @Test
  void a_command_arriving_after_a_due_timer_is_decided_once_the_timer_fired() {
    String id = requested("SIGEFES", START, END);
    clock.set(START.plusSeconds(1));

    send(id, cancel(id, START));

    assertThat(newEvents()).hasExactlyElementsOfTypes(MaintenanceReminderSkipped.class,
        MaintenanceReminderSkipped.class, MaintenanceStarted.class, MaintenanceCancelled.class);
    CommandResult result = CODEC.decode(results.readValue(), CommandResult.class);
    assertThat(result.getEventIds()).hasSize(1);
    assertThat(result.getStatus()).isEqualTo("CANCELLED");
  }

  @Test
  void after_a_restart_in_the_middle_of_the_window_the_end_fires_once_on_recovery() {
    String id = requested("SIGEFES", START, END);
    at(START.minus(Duration.ofHours(24)));
    at(START.minus(Duration.ofHours(1)));
    assertThat(at(START.plusSeconds(1))).singleElement().isInstanceOf(MaintenanceStarted.class);

    restartAt(END.plus(Duration.ofMinutes(10)));

    assertThat(at(END.plus(Duration.ofMinutes(10)))).singleElement().isInstanceOf(MaintenanceCompleted.class);
    assertThat(at(END.plus(Duration.ofHours(1)))).isEmpty();
    assertThat(register.find(id).orElseThrow().status()).isEqualTo(MaintenanceStatus.COMPLETED);
  }

  @Test
  void after_a_restart_before_the_window_pending_timers_are_rebuilt_and_fire_once() {
    requested("SIGEFES", START, END);
    assertThat(at(START.minus(Duration.ofHours(24)))).hasSize(1);

    restartAt(START.minus(Duration.ofMinutes(30)));

    assertThat(at(START.minus(Duration.ofMinutes(30)))).singleElement()
        .isInstanceOfSatisfying(MaintenanceReminderDue.class, due -> assertThat(due.getLeadMinutes()).isEqualTo(60));
    assertThat(at(START)).singleElement().isInstanceOf(MaintenanceStarted.class);
    assertThat(at(END)).singleElement().isInstanceOf(MaintenanceCompleted.class);
  }

  @Test
  void an_overlapping_window_of_the_same_component_is_flagged_on_the_event_and_the_result() {
    String first = requested("E-Docs", START, END);
    String second = UUID.randomUUID().toString();

    send(second, request(second, " e-docs", T0, START.plusSeconds(1800), END.plusSeconds(1800), false));

    MaintenanceRequested requested = (MaintenanceRequested) newEvents().get(0);
    assertThat(requested.getOverlapsWith()).containsExactly(first);
    CommandResult result = CODEC.decode(results.readValue(), CommandResult.class);
    assertThat(result.getWarnings()).singleElement().satisfies(warning -> {
      assertThat(warning.getCode()).isEqualTo("MAINTENANCE_WINDOW_OVERLAPS");
      assertThat(warning.getRelatedIds()).containsExactly(first);
      assertThat(warning.getDetail()).contains("se sobrepõe");
    });
  }

  @Test
  void two_requests_of_one_component_flag_each_other_before_the_register_reads_either_and_after_a_restart() {
    String component = componentOnTheDriversPartition("Sistema ");
    String first = MaintenancePlacement.maintenanceId("janela-1", component);
    String second = MaintenancePlacement.maintenanceId("janela-2", component);
    String third = MaintenancePlacement.maintenanceId("janela-3", component);

    send(first, request(first, component, T0, START, END, false));
    send(second, request(second, component.toUpperCase(), T0, START.plusSeconds(1800), END.plusSeconds(1800), false));
    List<List<String>> flagged = new ArrayList<>(flaggedByEachResult());
    restartAt(T0.plusSeconds(60));
    send(third, request(third, component, clock.instant(), START.plusSeconds(3600), END.plusSeconds(3600), false));
    flagged.addAll(flaggedByEachResult());

    // nothing was read into the register: the deciding task knew both windows itself, and again after its restart
    assertThat(register.openWindows()).isEmpty();
    assertThat(flagged).containsExactly(List.of(), List.of(first), Stream.of(first, second).sorted().toList());
  }

  // the driver runs the task of partition 0: a component placed there, its ids as the gateway places them
  private static String componentOnTheDriversPartition(String prefix) {
    return IntStream.range(0, 100).mapToObj(i -> prefix + i)
        .filter(name -> MaintenancePlacement.partitionOfComponent(name) == 0).findFirst().orElseThrow();
  }

  private List<List<String>> flaggedByEachResult() {
    return results.readValuesToList().stream().map(value -> CODEC.decode(value, CommandResult.class))
        .map(result -> result.getWarnings().stream().flatMap(warning -> warning.getRelatedIds().stream()).toList())
        .toList();
  }

  @Test
  void a_window_cancelled_or_rescheduled_away_is_no_longer_an_overlap_even_before_the_register_reads_it() {
    String component = componentOnTheDriversPartition("Rede ");
    String cancelled = MaintenancePlacement.maintenanceId("janela-cancelada", component);
    String moved = MaintenancePlacement.maintenanceId("janela-movida", component);
    String last = MaintenancePlacement.maintenanceId("janela-nova", component);

    send(cancelled, request(cancelled, component, T0, START, END, false));
    send(cancelled, cancel(cancelled, T0));
    send(moved, request(moved, component, T0, START, END, false));
    send(moved, reschedule(moved, T0, START.plus(Duration.ofDays(7)), END.plus(Duration.ofDays(7))));
    send(last, request(last, component, T0, START, END, false));

    assertThat(results.readValuesToList()).map(value -> CODEC.decode(value, CommandResult.class))
        .allSatisfy(result -> assertThat(result.getWarnings()).as(result.getAggregateId()).isEmpty());
  }

  @Test
  void a_delivered_6_5_announces_the_maintenance_once() {
    String id = requested("SIGEFES", START, END);
    var delivered = delivered(id, "6.5", T0.plusSeconds(60));

    deliveries.pipeInput(utf8(delivered.getMessage().getNotificationId()), CODEC.encode(delivered));
    deliveries.pipeInput(utf8(delivered.getMessage().getNotificationId()), CODEC.encode(delivered));
    var reminder = delivered(id, "6.5-lembrete", T0.plusSeconds(90));
    deliveries.pipeInput(utf8(reminder.getMessage().getNotificationId()), CODEC.encode(reminder));

    assertThat(newEvents()).singleElement().isInstanceOfSatisfying(MaintenanceAnnounced.class, announced -> {
      assertThat(announced.getMessageId()).isEqualTo("6.5");
      assertThat(announced.getNotificationId()).isEqualTo(delivered.getMessage().getNotificationId());
      assertThat(announced.getEnvelope().getCommandId()).isEqualTo(UUID.nameUUIDFromBytes(
          ("delivered/" + delivered.getEnvelope().getEventId()).getBytes(StandardCharsets.UTF_8)).toString());
    });
    assertThat(register.find(id).orElseThrow().status()).isEqualTo(MaintenanceStatus.ANNOUNCED);
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void a_delivery_for_a_maintenance_that_does_not_exist_is_a_dead_letter_with_the_reason() {
    var delivered = delivered(UUID.randomUUID().toString(), "6.5", T0);

    deliveries.pipeInput(utf8(delivered.getMessage().getNotificationId()), CODEC.encode(delivered));

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(header(dead, Topics.DeadLetterHeaders.REASON)).contains("MAINTENANCE_NOT_FOUND");
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void undecodable_bytes_and_misaddressed_commands_are_dead_letters() {
    String id = UUID.randomUUID().toString();
    commands.pipeInput(utf8("lixo"), "isto não é Avro".getBytes(StandardCharsets.UTF_8));
    send("outra-chave", request(id, "SIGEFES", T0, START, END, false));

    assertThat(header(deadLetters.readRecord(), Topics.DeadLetterHeaders.REASON)).isNotBlank();
    assertThat(header(deadLetters.readRecord(), Topics.DeadLetterHeaders.REASON)).contains("maintenanceId");
    assertThat(events.isEmpty()).isTrue();
  }

  private String requested(String component, Instant start, Instant end) {
    String id = UUID.randomUUID().toString();
    send(id, request(id, component, clock.instant(), start, end, false));
    assertThat(newEvents()).singleElement().isInstanceOf(MaintenanceRequested.class);
    results.readValuesToList();
    return id;
  }

  private void send(String key, SpecificRecord command) {
    // as the gateway sends it: only a command with a correlation header is answered
    commands.pipeInput(new TestRecord<>(utf8(key), CODEC.encode(command),
        new RecordHeaders().add(KafkaHeaders.CORRELATION_ID, utf8(key))));
  }

  /** Moves the service's clock and the driver's wall clock to {@code when}; the events the timers fired. */
  private List<SpecificRecord> at(Instant when) {
    Duration step = Duration.between(clock.instant(), when);
    clock.set(when);
    driver.advanceWallClockTime(step.isNegative() || step.isZero() ? Duration.ofSeconds(1) : step);
    return newEvents();
  }

  /** The service stops, the clock runs on while it is down, and it starts again from its stores. */
  private void restartAt(Instant when) {
    Map<String, Map<String, byte[]>> restored = new HashMap<>();
    for (String name : AggregateStore.storeNames(MaintenanceCommandTopology.HISTORIES)) {
      Map<String, byte[]> entries = new HashMap<>();
      try (var all = driver.<String, byte[]>getKeyValueStore(name).all()) {
        all.forEachRemaining(entry -> entries.put(entry.key, entry.value));
      }
      restored.put(name, entries);
    }
    driver.close();
    clock.set(when);
    open();
    restored.forEach((name, entries) -> entries.forEach(driver.<String, byte[]>getKeyValueStore(name)::put));
  }

  /** The events published since the last call, also applied to the register (the overlap check reads it). */
  private List<SpecificRecord> newEvents() {
    List<byte[]> records = events.readValuesToList();
    try (ProjectionWrite write = registerStore.newWrite()) {
      records.forEach(record -> register.apply(record, write));
      write.commit();
    }
    return records.stream().map(CODEC::decode).toList();
  }

  private static String header(TestRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
