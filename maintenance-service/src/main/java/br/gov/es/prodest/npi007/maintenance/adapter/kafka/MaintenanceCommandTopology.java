package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import static br.gov.es.prodest.npi007.processing.Lanes.by;
import static br.gov.es.prodest.npi007.processing.Lanes.countedDeadLetters;
import static br.gov.es.prodest.npi007.processing.Lanes.from;
import static br.gov.es.prodest.npi007.processing.Lanes.lane;

import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.processing.Intake;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.processing.ReplaceFailedThread;
import br.gov.es.prodest.npi007.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * The Kafka Streams app of the maintenance aggregate, one topology under exactly_once_v2:
 * <pre>
 * commands ──────────────────────────────────────────────┐
 * deliveries ─ DeliveryIntake ─► by maintenance ─────────┴─► MaintenanceCommandProcessor ─► events, results
 *                                                              ▲ timers (wall-clock punctuation, injectable clock)
 * </pre>
 * The commands topic is keyed by maintenance id; delivered 6.5 notices become announcements,
 * re-keyed through a named repartition topic with as many partitions, so one task owns each
 * maintenance and its timers. Dead letters from every step go to the service's dead-letter topic.
 * Settings (application id, exactly_once_v2, state dir) are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class MaintenanceCommandTopology {

  // The states store keeps the name it had when it held each maintenance's history, so an upgrade
  // keeps its changelog: a history still there is folded once and replaced by a snapshot.
  static final String HISTORIES = "maintenance-event-histories";
  private static final Serde<byte[]> BYTES = Serdes.ByteArray();

  @Bean
  StreamsBuilderFactoryBeanConfigurer maintenanceCommandProcessing(MaintenanceProcessing processing) {
    return factory -> {
      factory.setStreamsUncaughtExceptionHandler(new ReplaceFailedThread());
      factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
        @Override
        public void configureBuilder(StreamsBuilder builder) {
          addTo(builder, processing);
        }
      });
    };
  }

  /** Adds the whole maintenance processing to a builder (the application's, or a test's). */
  public static StreamsBuilder addTo(StreamsBuilder builder, MaintenanceProcessing processing) {
    AggregateStore.builders(HISTORIES).forEach(builder::addStateStore);

    // The commands topic is keyed by maintenance id: each command is on its maintenance's partition already.
    KStream<byte[], Routed> commands = from(builder, Topics.MAINTENANCE_COMMANDS,
        () -> Intake.commands(MaintenanceWire.INSTANCE, "maintenanceId",
            (command, record, partition) -> record.withValue(new Routed(Routed.Standard.HERE, record.value()))),
        "command-intake");
    KStream<byte[], Routed> deliveries = from(builder, Topics.DELIVERIES, DeliveryIntake::step, "delivery-intake");
    KStream<byte[], byte[]> announcements = lane(deliveries, Routed.Standard.BY_AGGREGATE)
        .repartition(by("maintenance-announcements-by-maintenance", Topics.MAINTENANCE_COMMANDS));
    KStream<byte[], Routed> decided = lane(commands, Routed.Standard.HERE).merge(announcements)
        .process(() -> new MaintenanceCommandProcessor(processing), Named.as("maintenance-command-processor"),
            AggregateStore.storeNames(HISTORIES));

    lane(decided, Routed.Standard.EVENTS).to(Topics.MAINTENANCE_EVENTS.name(), Produced.with(BYTES, BYTES));
    lane(decided, Routed.Standard.RESULTS).to(Topics.MAINTENANCE_COMMAND_RESULTS.name(), Produced.with(BYTES, BYTES));
    countedDeadLetters(lane(commands, Routed.Standard.DEAD_LETTERS).merge(lane(deliveries, Routed.Standard.DEAD_LETTERS))
        .merge(lane(decided, Routed.Standard.DEAD_LETTERS)), Topics.MAINTENANCE_SERVICE_DEAD_LETTERS,
        processing.telemetry().meters())
        .to(Topics.MAINTENANCE_SERVICE_DEAD_LETTERS.name(), Produced.with(BYTES, BYTES));
    return builder;
  }
}
