package br.gov.es.prodest.npi007.incident.adapter.kafka;

import static br.gov.es.prodest.npi007.processing.Lanes.by;
import static br.gov.es.prodest.npi007.processing.Lanes.countedDeadLetters;
import static br.gov.es.prodest.npi007.processing.Lanes.from;
import static br.gov.es.prodest.npi007.processing.Lanes.lane;

import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.processing.Intake;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.processing.ReplaceFailedThread;
import br.gov.es.prodest.npi007.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * The Kafka Streams app of the incident aggregate, one topology under exactly_once_v2:
 * <pre>
 * commands ─┬─ reports ──────────► by component ─► ReportRouter ─┐
 * alerts ───┘                       ▲ closures                    │
 * events ─── IncidentEventFeedback ─┤                             ├─► by incident ─► IncidentCommandProcessor ─► events, results
 *                                   ▼ SA links                    │
 * SA events ──────────────────────► by SA number ─► ServiceRequestMatcher ┤
 * group posts ───────────────────── GroupPostMatcher (SA links) ─┤ (and its decisions ─► group-post decisions)
 * commands (not reports) ─────────────────────────────────────────┤
 * deliveries (6.1 delivered), maintenance events (requested for an incident) ┘
 * notifications (checked only: the read models follow them)
 * </pre>
 * Each arrow "by ..." is a named repartition topic, so one task owns each component, SA and
 * incident. Every topic here has the same partition count and the whole topology is one
 * sub-topology, so task N reads partition N of each: a command already on the partition of its
 * component or incident skips the repartition (lanes ROUTE_HERE and HERE). A report's new incident
 * lives on its component's partition ({@code IncidentPlacement}), so a report is decided in one
 * exactly-once hop; docs/HOPS.md counts the hops of each flow. Dead letters from every step go to
 * the service's dead-letter topic. Settings (application id, exactly_once_v2, state dir) are in
 * application.yml.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class IncidentCommandTopology {

  // The name from when it held each incident's events: an upgrade keeps its changelog.
  static final String INCIDENT_STATES = "incident-event-histories";
  static final String OPEN_INCIDENTS_BY_COMPONENT = "open-incidents-by-component";
  static final String REPORT_ROUTES = "report-routes";
  static final String INCIDENTS_BY_SA_NUMBER = "incidents-by-sa-number";
  static final String GROUP_POST_OUTCOMES = "group-post-outcomes";
  private static final Serde<byte[]> BYTES = Serdes.ByteArray();

  @Bean
  StreamsBuilderFactoryBeanConfigurer incidentCommandProcessing(ProcessingTelemetry telemetry,
      GroupPostMatching groupPostMatching) {
    return factory -> {
      factory.setStreamsUncaughtExceptionHandler(new ReplaceFailedThread());
      factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
        @Override
        public void configureBuilder(StreamsBuilder builder) {
          addTo(builder, telemetry, groupPostMatching);
        }
      });
    };
  }

  /** Adds the whole incident processing to a builder (a test's), unobserved, with no incident register behind it. */
  public static StreamsBuilder addTo(StreamsBuilder builder) {
    return addTo(builder, ProcessingTelemetry.unobserved(), GroupPostMatching.withoutRegister());
  }

  /** Adds the whole incident processing to a builder (the application's, or a test's). */
  public static StreamsBuilder addTo(StreamsBuilder builder, ProcessingTelemetry telemetry,
      GroupPostMatching groupPostMatching) {
    AggregateStore.builders(INCIDENT_STATES).forEach(builder::addStateStore);
    builder.addStateStore(store(OPEN_INCIDENTS_BY_COMPONENT));
    builder.addStateStore(store(REPORT_ROUTES));
    builder.addStateStore(store(INCIDENTS_BY_SA_NUMBER));
    builder.addStateStore(store(GROUP_POST_OUTCOMES));

    KStream<byte[], Routed> commands = from(builder, Topics.INCIDENT_COMMANDS,
        () -> Intake.commands(IncidentWire.INSTANCE, "incidentId", IncidentCommandRoute::of), "command-intake");
    KStream<byte[], Routed> alerts = from(builder, Topics.MONITORING_ALERTS, AlertIntake::step, "alert-intake");
    KStream<byte[], Routed> saEvents = from(builder, Topics.SERVICE_DESK_EVENTS, ServiceDeskIntake::step,
        "service-desk-intake");
    KStream<byte[], Routed> delivered = from(builder, Topics.DELIVERIES,
        () -> ForeignEventIntake.step(Topics.DELIVERIES, ServiceEventCommands::fromDelivery), "delivery-intake");
    KStream<byte[], Routed> maintenances = from(builder, Topics.MAINTENANCE_EVENTS,
        () -> ForeignEventIntake.step(Topics.MAINTENANCE_EVENTS, ServiceEventCommands::fromMaintenance),
        "maintenance-intake");
    // The notifications feed only the read models; here what they cannot read becomes a dead letter, once.
    KStream<byte[], Routed> notifications = from(builder, Topics.NOTIFICATIONS,
        () -> ForeignEventIntake.step(Topics.NOTIFICATIONS, event -> ForeignEventIntake.Outcome.IGNORED),
        "notification-check");
    // keyed by post id like its topic: each post is decided on its own partition, no repartition
    KStream<byte[], Routed> groupPosts = builder.stream(Topics.GROUP_POSTS.name(),
            Consumed.with(BYTES, BYTES).withName("group-post-intake-source"))
        .process(() -> new GroupPostMatcher(groupPostMatching), Named.as("group-post-matcher"), GROUP_POST_OUTCOMES);
    KStream<byte[], Routed> feedback = from(builder, Topics.INCIDENT_EVENTS, IncidentEventFeedback::step,
        "incident-event-feedback");

    KStream<byte[], Routed> routed = lane(commands, IncidentLane.BY_COMPONENT)
        .merge(lane(alerts, IncidentLane.BY_COMPONENT)).merge(lane(feedback, IncidentLane.BY_COMPONENT))
        .repartition(by("incident-reports-by-component", Topics.INCIDENT_COMMANDS))
        .merge(lane(commands, IncidentLane.ROUTE_HERE))
        .process(ReportRouter::new, Named.as("report-router"), OPEN_INCIDENTS_BY_COMPONENT, REPORT_ROUTES);
    KStream<byte[], Routed> matched = lane(saEvents, IncidentLane.BY_SA_NUMBER)
        .merge(lane(feedback, IncidentLane.BY_SA_NUMBER))
        .repartition(by("service-requests-by-sa-number", Topics.SERVICE_DESK_EVENTS))
        .process(ServiceRequestMatcher::new, Named.as("service-request-matcher"), INCIDENTS_BY_SA_NUMBER);
    KStream<byte[], Routed> decided = lane(commands, Routed.Standard.BY_AGGREGATE)
        .merge(lane(alerts, Routed.Standard.BY_AGGREGATE)).merge(lane(routed, Routed.Standard.BY_AGGREGATE))
        .merge(lane(matched, Routed.Standard.BY_AGGREGATE)).merge(lane(delivered, Routed.Standard.BY_AGGREGATE))
        .merge(lane(maintenances, Routed.Standard.BY_AGGREGATE)).merge(lane(groupPosts, Routed.Standard.BY_AGGREGATE))
        .repartition(by("incident-commands-by-incident", Topics.INCIDENT_COMMANDS))
        .merge(lane(commands, Routed.Standard.HERE)).merge(lane(routed, Routed.Standard.HERE))
        .process(() -> new IncidentCommandProcessor(telemetry), Named.as("incident-command-processor"),
            AggregateStore.storeNames(INCIDENT_STATES));

    lane(decided, Routed.Standard.EVENTS).to(Topics.INCIDENT_EVENTS.name(), Produced.with(BYTES, BYTES));
    lane(decided, Routed.Standard.RESULTS).to(Topics.INCIDENT_COMMAND_RESULTS.name(), Produced.with(BYTES, BYTES));
    lane(groupPosts, IncidentLane.GROUP_POST_DECISIONS).to(Topics.GROUP_POST_DECISIONS.name(), Produced.with(BYTES, BYTES));
    countedDeadLetters(lane(commands, Routed.Standard.DEAD_LETTERS).merge(lane(alerts, Routed.Standard.DEAD_LETTERS))
        .merge(lane(saEvents, Routed.Standard.DEAD_LETTERS)).merge(lane(routed, Routed.Standard.DEAD_LETTERS))
        .merge(lane(matched, Routed.Standard.DEAD_LETTERS)).merge(lane(decided, Routed.Standard.DEAD_LETTERS))
        .merge(lane(delivered, Routed.Standard.DEAD_LETTERS)).merge(lane(maintenances, Routed.Standard.DEAD_LETTERS))
        .merge(lane(notifications, Routed.Standard.DEAD_LETTERS)).merge(lane(groupPosts, Routed.Standard.DEAD_LETTERS)),
        Topics.INCIDENT_SERVICE_DEAD_LETTERS,
        telemetry.meters())
        .to(Topics.INCIDENT_SERVICE_DEAD_LETTERS.name(), Produced.with(BYTES, BYTES));
    return builder;
  }

  private static org.apache.kafka.streams.state.StoreBuilder<?> store(String name) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String());
  }
}
