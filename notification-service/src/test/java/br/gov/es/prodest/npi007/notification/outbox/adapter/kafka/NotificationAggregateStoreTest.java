package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.avro.notification.NotificationReviewStatus;
import br.gov.es.prodest.npi007.avro.notification.NotificationSnapshot;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.NotificationPlacement;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.NotificationStreamsConfiguration;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.RenderingStep;
import br.gov.es.prodest.npi007.notification.message.adapter.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.notification.message.adapter.template.TemplateFiles;
import br.gov.es.prodest.npi007.notification.message.domain.EmailReplication;
import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.ReviewPolicy;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import br.gov.es.prodest.npi007.notification.outbox.domain.Scenario;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregate's store through the real topology (Kafka Streams' test driver): a history written
 * by the version before snapshots is answered as before and replaced by a snapshot, and however
 * many commands a notification gets, its stored value stays its state's size.
 */
class NotificationAggregateStoreTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final String STATES = NotificationAggregateProcessor.HISTORIES;
  private static final String APPLIED = STATES + "-applied";
  private static final String NOTIFICATION = Scenario.NOTIFICATION;

  @TempDir
  Path stateDir;

  @Test
  void aHistoryWrittenBeforeSnapshots_isAnsweredAsBefore_retriesOfItsCommandsIncluded_andBecomesASnapshot() {
    List<NotificationEvent> history = NotificationHistories.editedAndApproved();
    List<SpecificRecord> commands = List.of(
        approve(NOTIFICATION, "c-1", NotificationHistories.EDITED),
        markPosted(NOTIFICATION, "c-2", NotificationHistories.NOTE),
        approve(NOTIFICATION, "c-1", NotificationHistories.EDITED),
        markPosted(NOTIFICATION, "c-2", NotificationHistories.NOTE),
        approve(NOTIFICATION, "c-1", "Outro texto."));

    try (TopologyTestDriver driver = driver()) {
      KeyValueStore<String, byte[]> states = driver.getKeyValueStore(STATES);
      states.put(NOTIFICATION, EventHistory.append(null, history.stream().map(NotificationAggregateStoreTest::encode)
          .toList()));
      commands.forEach(command -> commandsTopic(driver).pipeInput(new org.apache.kafka.streams.test.TestRecord<>(NOTIFICATION, CODEC.encode(command),
          new org.apache.kafka.common.header.internals.RecordHeaders().add(org.springframework.kafka.support.KafkaHeaders.CORRELATION_ID, "c".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

      List<CommandResult> results = results(driver);
      assertThat(events(driver)).isEqualTo(eventsAsBefore(history, commands));
      assertThat(results).isEqualTo(resultsAsBefore(history, commands));
      assertThat(results).extracting(CommandResult::getAccepted).containsExactly(true, true, true, true, false);
      assertThat(results.get(4).getRejectionCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
      NotificationSnapshot snapshot = CODEC.decode(states.get(NOTIFICATION), NotificationSnapshot.class);
      assertThat(snapshot.getStatus()).isEqualTo(NotificationReviewStatus.POSTED_MANUALLY);
      assertThat(snapshot.getVersion()).isEqualTo(4);
      assertThat(count(driver.getKeyValueStore(APPLIED))).isEqualTo(3);
    }
  }

  @Test
  void twoHundredCommandsOnOneNotification_leaveItsStoredValueTheSizeOfItsState() {
    IncidentReported report = report();
    String notificationId = Notification.idOf(report.getEnvelope().getEventId(),
        MessageTemplate.RECEIPT_ACKNOWLEDGEMENT, report.getEnvelope().getAggregateId(),
        NotificationPlacement.WITH_SUBJECT);

    try (TopologyTestDriver driver = driver()) {
      driver.createInputTopic(Topics.INCIDENT_EVENTS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(report.getEnvelope().getAggregateId(), CODEC.encode(report));
      KeyValueStore<String, byte[]> states = driver.getKeyValueStore(STATES);
      List<Integer> sizes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        // approve, post by hand, then retries of the approval and commands refused once it is posted
        SpecificRecord command = i == 0 || i % 3 == 0 ? approve(notificationId, "c-0", null)
            : markPosted(notificationId, "c-" + i, null);
        commandsTopic(driver).pipeInput(new org.apache.kafka.streams.test.TestRecord<>(notificationId, CODEC.encode(command),
            new org.apache.kafka.common.header.internals.RecordHeaders().add(org.springframework.kafka.support.KafkaHeaders.CORRELATION_ID, "c".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        sizes.add(states.get(notificationId).length);
      }

      assertThat(results(driver)).hasSize(200);
      assertThat(CODEC.decode(states.get(notificationId), NotificationSnapshot.class).getVersion()).isEqualTo(3);
      assertThat(sizes.subList(1, sizes.size())).containsOnly(sizes.get(1));
      assertThat(count(driver.getKeyValueStore(APPLIED))).isEqualTo(3);
    }
  }

  /** What the version before snapshots answered: the whole history folded for every command. */
  private static List<SpecificRecord> eventsAsBefore(List<NotificationEvent> history, List<SpecificRecord> commands) {
    List<SpecificRecord> published = new ArrayList<>();
    oldPath(history, commands).forEach(outcome -> outcome.newEvents().forEach(event ->
        published.add(NotificationWire.INSTANCE.toAvro(event))));
    return published;
  }

  private static List<CommandResult> resultsAsBefore(List<NotificationEvent> history, List<SpecificRecord> commands) {
    return oldPath(history, commands).stream().map(NotificationWire.INSTANCE::toResult).toList();
  }

  private static List<CommandOutcome<NotificationCommand, NotificationEvent, NotificationState>> oldPath(List<NotificationEvent> history, List<SpecificRecord> commands) {
    List<NotificationEvent> events = new ArrayList<>(history);
    List<CommandOutcome<NotificationCommand, NotificationEvent, NotificationState>> outcomes = new ArrayList<>();
    for (SpecificRecord command : commands) {
      var outcome = NotificationLifecycle.AGGREGATE.handle(NotificationWire.INSTANCE.toCommand(command),
          NotificationLifecycle.fold(events));
      events.addAll(outcome.newEvents());
      outcomes.add(outcome);
    }
    return outcomes;
  }

  private TopologyTestDriver driver() {
    MessageProjection.Settings settings = new MessageProjection.Settings("https://sa.example",
        ReviewPolicy.ofIds(List.of("6.1")), OrganCatalogue.shipped(), EmailReplication.DEFAULT,
        NotificationPlacement.WITH_SUBJECT);
    StreamsBuilder builder = new StreamsBuilder();
    NotificationAggregateConfiguration.addTo(builder, NotificationStreamsConfiguration.render(builder,
        new RenderingStep(new TemplateFiles(null), settings), () -> { }));
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "npi007-notification-service");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(builder.build(), config);
  }

  private static TestInputTopic<String, byte[]> commandsTopic(TopologyTestDriver driver) {
    return driver.createInputTopic(Topics.NOTIFICATION_COMMANDS.name(), new StringSerializer(),
        new ByteArraySerializer());
  }

  private static List<SpecificRecord> events(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.NOTIFICATIONS.name(), new StringDeserializer(), new ByteArrayDeserializer())
        .readValuesToList().stream().map(CODEC::decode).toList();
  }

  private static List<CommandResult> results(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.NOTIFICATION_COMMAND_RESULTS.name(), new StringDeserializer(),
        new ByteArrayDeserializer()).readValuesToList().stream()
        .map(value -> CODEC.decode(value, CommandResult.class)).toList();
  }

  private static int count(KeyValueStore<String, byte[]> store) {
    int count = 0;
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      for (; all.hasNext(); all.next()) {
        count++;
      }
    }
    return count;
  }

  private static byte[] encode(NotificationEvent event) {
    return CODEC.encode(NotificationWire.INSTANCE.toAvro(event));
  }

  private static ApproveMessage approve(String notificationId, String commandId, String whatsappText) {
    List<Rendition> edits = whatsappText == null ? List.of()
        : List.of(new Rendition(DeliveryChannel.WHATSAPP, null, whatsappText, null, List.of()));
    return new ApproveMessage(metadata(commandId), notificationId, edits);
  }

  private static MarkMessagePosted markPosted(String notificationId, String commandId, String note) {
    return new MarkMessagePosted(metadata(commandId), notificationId, note);
  }

  private static CommandMetadata metadata(String commandId) {
    return new CommandMetadata(commandId, "correlation-" + commandId, Scenario.NOW,
        new Actor("ana.ascom", Role.ASCOM, "PRODEST", null), Origin.API, null);
  }

  private static IncidentReported report() {
    EventEnvelope envelope = new EventEnvelope("incident-event-1", "incident-1", 1L,
        Instant.parse("2025-03-15T02:30:00Z"), new Actor("maria.silva", Role.NOTIFIER, "SESA", null), Origin.API,
        "incident-command-1", "correlation-1");
    return new IncidentReported(envelope, "Portal do Servidor", "SESA", "Não consigo acessar.",
        ReportSource.WHATSAPP_GROUP, "Maria Silva", null, null, null, null, null, null);
  }
}
