package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notification aggregate in the service's Kafka Streams app:
 * <pre>
 * rendered messages (keyed by notification id) ─► by notification id ─┐
 * notification commands (co-partitioned: same key, same partitions) ──┴─► NotificationAggregateProcessor
 *                                                    ─► notifications, command results, dead letters
 * </pre>
 * The repartition topic has as many partitions as the notifications and commands topics, so one
 * task owns each notification: its events have one writer.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationAggregateConfiguration {

  private static final Serde<String> KEYS = Serdes.String();
  private static final Serde<byte[]> BYTES = Serdes.ByteArray();

  @Bean
  KStream<String, Routed> notificationAggregateStream(StreamsBuilder builder,
      @Qualifier("renderedMessages") KStream<String, byte[]> renderedMessages) {
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(NotificationAggregateProcessor.HISTORIES), KEYS, BYTES));
    KStream<String, byte[]> rendered = renderedMessages.repartition(Repartitioned.with(KEYS, BYTES)
        .withName("rendered-messages-by-notification").withNumberOfPartitions(Topics.NOTIFICATIONS.partitions()));
    KStream<String, byte[]> commands = builder.stream(Topics.NOTIFICATION_COMMANDS.name(),
        Consumed.with(KEYS, BYTES).withName("notification-commands"));
    KStream<String, Routed> decided = rendered.merge(commands, Named.as("notification-inputs"))
        .process(NotificationAggregateProcessor::new, Named.as("notification-aggregate"),
            NotificationAggregateProcessor.HISTORIES);
    send(decided, Routed.Lane.EVENTS, Topics.NOTIFICATIONS);
    send(decided, Routed.Lane.RESULTS, Topics.NOTIFICATION_COMMAND_RESULTS);
    send(decided, Routed.Lane.DEAD_LETTERS, Topics.NOTIFICATION_SERVICE_DEAD_LETTERS);
    return decided;
  }

  private static void send(KStream<String, Routed> stream, Routed.Lane lane, TopicSpec topic) {
    stream.filter((key, routed) -> routed.lane() == lane, Named.as("notification-" + lane.name().toLowerCase()))
        .mapValues(Routed::value).to(topic.name(), Produced.with(KEYS, BYTES));
  }
}
