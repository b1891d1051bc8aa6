package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic whole, committed records only, as an auditor would. */
final class TopicRecords {

  private TopicRecords() {
  }

  /** How many records each topic holds (committed ones), read with one consumer. */
  static Map<String, Integer> count(String bootstrapServers, List<TopicSpec> topics) {
    Map<String, Integer> counts = new TreeMap<>();
    topics.forEach(topic -> counts.put(topic.name(), 0));
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
      List<TopicPartition> partitions = topics.stream()
          .flatMap(topic -> consumer.partitionsFor(topic.name(), Duration.ofSeconds(10)).stream())
          .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
      drain(consumer, partitions).forEach(record -> counts.merge(record.topic(), 1, Integer::sum));
    }
    return counts;
  }

  static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, TopicSpec topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(10)).stream()
          .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
      return drain(consumer, partitions);
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "system-tests-" + UUID.randomUUID(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static List<ConsumerRecord<byte[], byte[]>> drain(KafkaConsumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions) {
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
      consumer.poll(Duration.ofMillis(200)).forEach(records::add);
    }
    return records;
  }
}
