package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.adapter.kafka.RenderedMessages;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.processing.Lanes;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notification aggregate in the service's Kafka Streams app:
 * <pre>
 * rendered messages, placed (here) ─────────────────────────────────────┐
 * rendered messages, unplaced (elsewhere) ─► by notification id ───────┤
 * notification commands (co-partitioned: same key, same partitions) ───┤
 * deliveries (co-partitioned: the delivery writes each on its notification's partition) ─┴─► NotificationAggregateProcessor
 *                                                    ─► notifications, command results, dead letters
 * </pre>
 * Every topic here (the incident and maintenance events the rendering reads, the repartition topic,
 * the commands) has the same partition count and the whole topology is one sub-topology, so task N
 * reads partition N of each and owns the notifications whose id lands on N: their events have one
 * writer. A new notification's id lands on its subject's partition, so the task that rendered it
 * opens it, in the same exactly-once hop; a notification named by an earlier version takes the
 * repartition topic, one hop more (docs/HOPS.md). The deliveries only advance each notification's
 * {@link DeliveryProgressWire delivery progress} in a store beside its state, so that ASCOM's
 * commands are decided knowing whether the message is on its way or delivered. The commands and the
 * deliveries are taken {@link AheadOfRendering ahead of the rendering's backlog}.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationAggregateConfiguration {

  private static final Serde<String> KEYS = Serdes.String();
  private static final Serde<byte[]> BYTES = Serdes.ByteArray();

  @Bean
  KStream<String, Routed> notificationAggregateStream(StreamsBuilder builder, RenderedMessages renderedMessages,
      ProcessingTelemetry telemetry) {
    return addTo(builder, renderedMessages, telemetry);
  }

  /** Adds the aggregate to a builder (a test's), fed by the rendering, unobserved. */
  static KStream<String, Routed> addTo(StreamsBuilder builder, RenderedMessages renderedMessages) {
    return addTo(builder, renderedMessages, ProcessingTelemetry.unobserved());
  }

  /** Adds the aggregate to a builder (the application's, or a test's), fed by the rendering. */
  static KStream<String, Routed> addTo(StreamsBuilder builder, RenderedMessages renderedMessages,
      ProcessingTelemetry telemetry) {
    AggregateStore.builders(NotificationAggregateProcessor.HISTORIES).forEach(builder::addStateStore);
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(NotificationAggregateProcessor.DELIVERY_PROGRESS), KEYS, Serdes.String()));
    KStream<String, byte[]> moved = renderedMessages.elsewhere().repartition(Repartitioned.with(KEYS, BYTES)
        .withName("rendered-messages-by-notification").withNumberOfPartitions(Topics.NOTIFICATIONS.partitions()));
    KStream<String, byte[]> commands = builder.stream(Topics.NOTIFICATION_COMMANDS.name(),
        Consumed.with(KEYS, BYTES).withTimestampExtractor(new AheadOfRendering()).withName("notification-commands"));
    KStream<String, byte[]> deliveries = builder.stream(Topics.DELIVERIES.name(),
        Consumed.with(KEYS, BYTES).withTimestampExtractor(new AheadOfRendering()).withName("notification-deliveries"));
    List<String> stores = new ArrayList<>(List.of(AggregateStore.storeNames(NotificationAggregateProcessor.HISTORIES)));
    stores.add(NotificationAggregateProcessor.DELIVERY_PROGRESS);
    KStream<String, Routed> decided = renderedMessages.here()
        .merge(moved, Named.as("notification-rendered"))
        .merge(commands, Named.as("notification-inputs"))
        .merge(deliveries, Named.as("notification-inputs-and-deliveries"))
        .process(() -> new NotificationAggregateProcessor(telemetry), Named.as("notification-aggregate"),
            stores.toArray(String[]::new));
    send(decided, Routed.Standard.EVENTS, Topics.NOTIFICATIONS);
    send(decided, Routed.Standard.RESULTS, Topics.NOTIFICATION_COMMAND_RESULTS);
    send(Lanes.countedDeadLetters(decided.filter((key, routed) -> routed.lane() == Routed.Standard.DEAD_LETTERS),
        Topics.NOTIFICATION_SERVICE_DEAD_LETTERS, telemetry.meters()), Routed.Standard.DEAD_LETTERS,
        Topics.NOTIFICATION_SERVICE_DEAD_LETTERS);
    return decided;
  }

  private static void send(KStream<String, Routed> stream, Routed.Standard lane, TopicSpec topic) {
    stream.filter((key, routed) -> routed.lane() == lane, Named.as("notification-" + lane.name().toLowerCase()))
        .mapValues(Routed::value).to(topic.name(), Produced.with(KEYS, BYTES));
  }
}
