package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.notification.delivery.adapter.kafka.DeliveryWire;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import br.gov.es.prodest.npi007.notification.delivery.domain.MessageRef;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.NotificationPlacement;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.NotificationStreamsConfiguration;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.RenderingStep;
import br.gov.es.prodest.npi007.notification.message.adapter.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.notification.message.adapter.template.TemplateFiles;
import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.Placement;
import br.gov.es.prodest.npi007.notification.message.domain.ReviewPolicy;
import br.gov.es.prodest.npi007.notification.message.domain.EmailReplication;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many hops a rendered message takes to its notification (issue 10). The test driver runs the
 * one task of partition 0: an incident event read there renders a notification whose placed id
 * lands on partition 0 too, and it is opened (and ASCOM's command on it decided) without writing to
 * the repartition topic; a notification named as an earlier version named it, landing elsewhere,
 * still reaches its aggregate through the repartition topic.
 */
class NotificationTopologyTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final String REPARTITION = "rendered-messages-by-notification-repartition";
  private static final Instant AT = Instant.parse("2025-03-15T03:01:00Z");

  @TempDir
  Path stateDir;

  @Test
  void everyTopicIsReadByOneSubTopologyOfEqualPartitionCounts_soTaskNOwnsPartitionNOfEach() {
    assertThat(topology(NotificationPlacement.WITH_SUBJECT).describe().subtopologies()).hasSize(1);
    assertThat(List.of(Topics.INCIDENT_EVENTS, Topics.MAINTENANCE_EVENTS, Topics.NOTIFICATION_COMMANDS,
        Topics.NOTIFICATION_COMMAND_RESULTS, Topics.DELIVERIES))
        .allSatisfy(topic -> assertThat(topic.partitions()).as(topic.name())
            .isEqualTo(Topics.NOTIFICATIONS.partitions()));
  }

  @Test
  void aPlacedNotificationIsOpenedAndDecidedInTheTaskThatRenderedIt_withNoRepartition() {
    String incident = incidentOnPartition(0);
    IncidentReported report = report(incident);
    String notificationId = Notification.idOf(report.getEnvelope().getEventId(),
        MessageTemplate.RECEIPT_ACKNOWLEDGEMENT, incident, NotificationPlacement.WITH_SUBJECT);
    assertThat(Topics.NOTIFICATIONS.partitionOf(notificationId)).isZero();

    try (TopologyTestDriver driver = driver(topology(NotificationPlacement.WITH_SUBJECT))) {
      driver.createInputTopic(Topics.INCIDENT_EVENTS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(incident, CODEC.encode(report));
      driver.createInputTopic(Topics.NOTIFICATION_COMMANDS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(new org.apache.kafka.streams.test.TestRecord<>(notificationId, CODEC.encode(approve(notificationId)),
              new org.apache.kafka.common.header.internals.RecordHeaders().add(org.springframework.kafka.support.KafkaHeaders.CORRELATION_ID, "c".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

      assertThat(rendered(driver)).extracting(MessageRendered::getNotificationId).containsExactly(notificationId);
      assertThat(results(driver)).extracting(CommandResult::getAccepted).containsExactly(true);
      assertThat(driver.producedTopicNames()).noneMatch(topic -> topic.endsWith("-repartition"));
    }
  }

  @Test
  void aNotificationNamedAsBeforeThatLandsElsewhere_stillReachesItsAggregateThroughTheRepartitionTopic() {
    String incident = incidentOnPartition(0);
    IncidentReported report = IntStream.range(0, 100).mapToObj(i -> report(incident))
        .filter(candidate -> Topics.NOTIFICATIONS.partitionOf(unplacedId(candidate)) != 0)
        .findFirst().orElseThrow();

    try (TopologyTestDriver driver = driver(topology(Placement.NONE))) {
      driver.createInputTopic(Topics.INCIDENT_EVENTS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(incident, CODEC.encode(report));

      assertThat(rendered(driver)).extracting(MessageRendered::getNotificationId).containsExactly(unplacedId(report));
      assertThat(driver.producedTopicNames()).anyMatch(topic -> topic.endsWith(REPARTITION));
    }
  }

  @Test
  void ascomsPostingByHandIsDecidedKnowingTheDeliveries_onTheWayRefused_failedAccepted_undecodableDeadLettered() {
    try (TopologyTestDriver driver = driver(topology(NotificationPlacement.WITH_SUBJECT))) {
      Approved approved = Approved.in(driver);
      approved.delivery(driver, new DeliveryEvent.DeliveryStarted(approved.message(), 1, AT, approved.whatsapp(), 1));
      command(driver, approved.id(), markPosted(approved.id()));
      driver.createInputTopic(Topics.DELIVERIES.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(approved.id(), "não é avro".getBytes(StandardCharsets.UTF_8));
      approved.delivery(driver, new DeliveryEvent.DeliveryFailed(approved.message(), 2, AT, approved.whatsapp(), 1,
          "HTTP 503", true, AT.plusSeconds(2)));
      command(driver, approved.id(), markPosted(approved.id()));

      assertThat(results(driver)).extracting(CommandResult::getAccepted, CommandResult::getRejectionCode)
          .containsExactly(tuple(true, null), tuple(false, "MESSAGE_BEING_SENT"), tuple(true, null));
      assertThat(driver.createOutputTopic(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name(), new StringDeserializer(),
          new ByteArrayDeserializer()).readKeyValuesToList()).extracting(record -> record.key)
          .containsExactly(approved.id());
    }
  }

  @Test
  void aMessageDeliveredToEveryTargetIsNotPostedByHand() {
    try (TopologyTestDriver driver = driver(topology(NotificationPlacement.WITH_SUBJECT))) {
      Approved approved = Approved.in(driver);
      approved.delivery(driver, new DeliveryEvent.DeliveryStarted(approved.message(), 1, AT, approved.whatsapp(), 1));
      approved.delivery(driver, new DeliveryEvent.DeliverySucceeded(approved.message(), 2, AT, approved.whatsapp(), 1,
          "wamid.1"));
      approved.delivery(driver, new DeliveryEvent.MessageDelivered(approved.message(), 3, AT, false));
      command(driver, approved.id(), markPosted(approved.id()));

      assertThat(results(driver)).extracting(CommandResult::getRejectionCode).containsExactly(null, "ALREADY_DELIVERED");
    }
  }

  /**
   * The commands and the deliveries are taken a year ahead of their time ({@link AheadOfRendering}),
   * and what they write keeps their own: the events, the result, a dead letter.
   */
  @Test
  void whatACommandOrADeliveryWritesKeepsItsOwnTimestamp() {
    Instant reported = Instant.parse("2026-12-06T10:00:00Z");
    Instant approvedAt = reported.plusSeconds(30);
    Instant deliveredAt = reported.plusSeconds(60);
    String incident = incidentOnPartition(0);
    IncidentReported report = report(incident);
    String id = Notification.idOf(report.getEnvelope().getEventId(), MessageTemplate.RECEIPT_ACKNOWLEDGEMENT,
        incident, NotificationPlacement.WITH_SUBJECT);

    try (TopologyTestDriver driver = driver(topology(NotificationPlacement.WITH_SUBJECT))) {
      driver.createInputTopic(Topics.INCIDENT_EVENTS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(incident, CODEC.encode(report), reported);
      driver.createInputTopic(Topics.NOTIFICATION_COMMANDS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(new TestRecord<>(id, CODEC.encode(approve(id)), new RecordHeaders()
              .add(KafkaHeaders.CORRELATION_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
              approvedAt));
      driver.createInputTopic(Topics.DELIVERIES.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(id, "não é avro".getBytes(StandardCharsets.UTF_8), deliveredAt);

      assertThat(driver.createOutputTopic(Topics.NOTIFICATIONS.name(), new StringDeserializer(),
          new ByteArrayDeserializer()).readRecordsToList())
          .extracting(record -> CODEC.decode(record.value()).getClass().getSimpleName(), TestRecord::getRecordTime)
          .containsExactly(tuple("MessageRendered", reported), tuple("MessageApproved", approvedAt));
      assertThat(driver.createOutputTopic(Topics.NOTIFICATION_COMMAND_RESULTS.name(), new StringDeserializer(),
          new ByteArrayDeserializer()).readRecordsToList()).extracting(TestRecord::getRecordTime)
          .containsExactly(approvedAt);
      assertThat(driver.createOutputTopic(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name(), new StringDeserializer(),
          new ByteArrayDeserializer()).readRecordsToList()).extracting(TestRecord::getRecordTime)
          .containsExactly(deliveredAt);
    }
  }

  /** A 6.1 rendered and approved in the task of partition 0, and its WhatsApp delivery's target. */
  private record Approved(String id, MessageRef message, DeliveryTarget whatsapp) {

    static Approved in(TopologyTestDriver driver) {
      String incident = incidentOnPartition(0);
      IncidentReported report = report(incident);
      String id = Notification.idOf(report.getEnvelope().getEventId(), MessageTemplate.RECEIPT_ACKNOWLEDGEMENT,
          incident, NotificationPlacement.WITH_SUBJECT);
      driver.createInputTopic(Topics.INCIDENT_EVENTS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(incident, CODEC.encode(report));
      command(driver, id, approve(id));
      return new Approved(id, new MessageRef(id, "6.1", incident, null),
          DeliveryTarget.of(id, Channel.WHATSAPP, "cloud-api", "120363000000000000@g.us"));
    }

    /** One delivery event, as the delivery writes it: on the notification's key. */
    void delivery(TopologyTestDriver driver, DeliveryEvent event) {
      driver.createInputTopic(Topics.DELIVERIES.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(id, CODEC.encode(DeliveryWire.toAvro(event)));
    }
  }

  private static void command(TopologyTestDriver driver, String notificationId, SpecificRecord command) {
    driver.createInputTopic(Topics.NOTIFICATION_COMMANDS.name(), new StringSerializer(), new ByteArraySerializer())
        .pipeInput(new TestRecord<>(notificationId, CODEC.encode(command), new RecordHeaders()
            .add(KafkaHeaders.CORRELATION_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))));
  }

  private static MarkMessagePosted markPosted(String notificationId) {
    return new MarkMessagePosted(new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
        Instant.parse("2025-03-15T03:02:00Z"), new Actor("ascom", Role.ASCOM, "PRODEST", null), Origin.API, null),
        notificationId, "no grupo");
  }

  static Topology topology(Placement placement) {
    MessageProjection.Settings settings = new MessageProjection.Settings("https://sa.example",
        ReviewPolicy.ofIds(List.of("6.1")), OrganCatalogue.shipped(), EmailReplication.DEFAULT, placement);
    StreamsBuilder builder = new StreamsBuilder();
    NotificationAggregateConfiguration.addTo(builder, NotificationStreamsConfiguration.render(builder,
        new RenderingStep(new TemplateFiles(null), settings), () -> { }));
    return builder.build();
  }

  private TopologyTestDriver driver(Topology topology) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "npi007-notification-service");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(topology, config);
  }

  private static List<MessageRendered> rendered(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.NOTIFICATIONS.name(), new StringDeserializer(), new ByteArrayDeserializer())
        .readRecordsToList().stream().map(TestRecord::value).map(CODEC::decode)
        .filter(MessageRendered.class::isInstance).map(MessageRendered.class::cast).toList();
  }

  private static List<CommandResult> results(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.NOTIFICATION_COMMAND_RESULTS.name(), new StringDeserializer(),
        new ByteArrayDeserializer()).readValuesToList().stream()
        .map(value -> CODEC.decode(value, CommandResult.class)).toList();
  }

  static String incidentOnPartition(int partition) {
    return IntStream.range(0, 1000).mapToObj(i -> UUID.nameUUIDFromBytes(("incidente-" + i)
            .getBytes(StandardCharsets.UTF_8)).toString())
        .filter(id -> Topics.INCIDENT_EVENTS.partitionOf(id) == partition).findFirst().orElseThrow();
  }

  private static String unplacedId(IncidentReported report) {
    return Notification.unplacedIdOf(report.getEnvelope().getEventId(), "6.1");
  }

  static IncidentReported report(String incidentId) {
    String commandId = UUID.randomUUID().toString();
    EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), incidentId, 1L,
        Instant.parse("2025-03-15T02:30:00Z"), new Actor("maria.silva", Role.NOTIFIER, "SESA", null), Origin.API, commandId,
        UUID.randomUUID().toString());
    return new IncidentReported(envelope, "Portal do Servidor", "SESA", "Não consigo acessar.",
        ReportSource.WHATSAPP_GROUP, "Maria Silva", null, null, null, null, null, null);
  }

  static ApproveMessage approve(String notificationId) {
    return new ApproveMessage(new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
        Instant.parse("2025-03-15T03:00:00Z"), new Actor("ascom", Role.ASCOM, "PRODEST", null), Origin.API, null),
        notificationId, List.of());
  }
}
