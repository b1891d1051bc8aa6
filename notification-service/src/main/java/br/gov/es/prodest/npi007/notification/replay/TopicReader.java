package br.gov.es.prodest.npi007.notification.replay;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic once from offset zero to its end as of now (committed records only), printing progress. */
final class TopicReader {

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final PrintStream out;

  TopicReader(String bootstrapServers, PrintStream out) {
    this.bootstrapServers = bootstrapServers;
    this.out = out;
  }

  /** Every record, partition by partition in offset order; returns how many were read. */
  long readAll(TopicSpec topic, Consumer<ConsumerRecord<byte[], byte[]>> apply) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), METADATA_WAIT).stream()
          .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long total = ends.values().stream().mapToLong(Long::longValue).sum();
      long read = 0;
      long reported = -1;
      while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
            apply.accept(record);
            read++;
          }
        }
        long percent = total == 0 ? 100 : 100 * positions(consumer, partitions) / total;
        if (percent / 10 != reported / 10) {
          reported = percent;
          out.printf("  %s: %d registros lidos (%d%%)%n", topic.name(), read, percent);
        }
      }
      out.printf("  %s: concluído, %d registros%n", topic.name(), read);
      return read;
    }
  }

  private static long positions(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
    return partitions.stream().mapToLong(consumer::position).sum();
  }
}
