package br.gov.es.prodest.npi007.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a broker's data as {@link FixtureLine}s: every topic but the broker's own bookkeeping (Streams
 * changelogs and repartition topics included), each partition's exact offset layout, and every
 * group's committed offsets. A partition is read twice, read_uncommitted and read_committed: an
 * offset seen by the first only holds an aborted record, an offset seen by neither a control marker.
 */
final class TopicDump {

  /** The broker's own topics: rebuilt by any broker, never part of a stack's data. */
  static final Set<String> BROKER_TOPICS = Set.of("__consumer_offsets", "__transaction_state", "__cluster_metadata");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private TopicDump() {
  }

  static List<FixtureLine> dump(String bootstrapServers) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      List<FixtureLine> lines = new ArrayList<>();
      Set<String> topics = new TreeSet<>(admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get());
      topics.removeAll(BROKER_TOPICS);
      Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
      Map<String, Map<String, String>> configs = configs(admin, topics);
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        int count = descriptions.get(topic).partitions().size();
        lines.add(FixtureLine.topic(topic, count, configs.get(topic)));
        for (int p = 0; p < count; p++) {
          partitions.add(new TopicPartition(topic, p));
        }
      }
      Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(admin, partitions, OffsetSpec.earliest());
      Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(admin, partitions, OffsetSpec.latest());
      Map<TopicPartition, Long> start = partitions.stream().collect(Collectors.toMap(Function.identity(), p -> starts.get(p).offset()));
      Map<TopicPartition, Long> end = partitions.stream().collect(Collectors.toMap(Function.identity(), p -> ends.get(p).offset()));
      Map<TopicPartition, Map<Long, ConsumerRecord<byte[], byte[]>>> all = read(bootstrapServers, start, end, "read_uncommitted");
      Map<TopicPartition, Map<Long, ConsumerRecord<byte[], byte[]>>> committed = read(bootstrapServers, start, end, "read_committed");
      for (TopicPartition partition : partitions) {
        lines.add(FixtureLine.partition(partition.topic(), partition.partition(), start.get(partition), end.get(partition)));
        lines.addAll(layout(partition, start.get(partition), end.get(partition), all.get(partition),
            committed.get(partition).keySet()));
      }
      lines.addAll(groups(admin));
      return lines;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The configs set on each topic (not the broker's defaults). */
  private static Map<String, Map<String, String>> configs(Admin admin, Collection<String> topics)
      throws ExecutionException, InterruptedException {
    List<ConfigResource> resources = topics.stream().map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
    Map<String, Map<String, String>> configs = new TreeMap<>();
    admin.describeConfigs(resources).all().get().forEach((resource, config) -> configs.put(resource.name(),
        config.entries().stream().filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
            .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value, (a, b) -> a, TreeMap::new))));
    return configs;
  }

  private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
      throws ExecutionException, InterruptedException {
    return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), each -> spec))).all().get();
  }

  /** Records (aborted flagged) and markers of [start, end), in offset order. */
  private static List<FixtureLine> layout(TopicPartition partition, long start, long end,
      Map<Long, ConsumerRecord<byte[], byte[]>> all, Set<Long> committed) {
    List<FixtureLine> lines = new ArrayList<>();
    for (long offset = start; offset < end; offset++) {
      ConsumerRecord<byte[], byte[]> record = all.get(offset);
      if (record == null) {
        lines.add(FixtureLine.marker(partition.topic(), partition.partition(), offset));
      } else {
        lines.add(FixtureLine.record(partition.topic(), partition.partition(), offset, record.timestamp(),
            base64(record.key()), base64(record.value()), headers(record), !committed.contains(offset)));
      }
    }
    return lines;
  }

  /** Every partition from its log start to its end, with one consumer of that isolation level. */
  private static Map<TopicPartition, Map<Long, ConsumerRecord<byte[], byte[]>>> read(String bootstrapServers,
      Map<TopicPartition, Long> start, Map<TopicPartition, Long> end, String isolation) {
    Map<TopicPartition, Map<Long, ConsumerRecord<byte[], byte[]>>> records = new HashMap<>();
    start.keySet().forEach(partition -> records.put(partition, new TreeMap<>()));
    List<TopicPartition> unread = start.keySet().stream().filter(p -> start.get(p) < end.get(p)).toList();
    if (unread.isEmpty()) {
      return records;
    }
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(unread);
      unread.forEach(partition -> consumer.seek(partition, start.get(partition)));
      consumer.endOffsets(unread).forEach((partition, stable) -> {
        if (!stable.equals(end.get(partition))) {
          throw new IllegalStateException(partition + ": transação aberta (último offset estável " + stable + ", fim "
              + end.get(partition) + "); pare a pilha de forma limpa antes de exportar");
        }
      });
      Instant deadline = Instant.now().plus(PATIENCE);
      while (unread.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("leitura " + isolation + " incompleta após " + PATIENCE.toSeconds() + " s");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(record ->
            records.get(new TopicPartition(record.topic(), record.partition())).put(record.offset(), record));
      }
    }
    return records;
  }

  /** Every group's committed offsets, with their metadata (Kafka Streams keeps its partition times there). */
  private static List<FixtureLine> groups(Admin admin) throws ExecutionException, InterruptedException {
    List<FixtureLine> lines = new ArrayList<>();
    List<String> groups = admin.listGroups().all().get().stream().map(GroupListing::groupId).sorted().toList();
    for (String group : groups) {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      offsets.entrySet().stream()
          .filter(entry -> entry.getValue() != null)
          .sorted(Comparator.comparing((Map.Entry<TopicPartition, OffsetAndMetadata> entry) -> entry.getKey().topic())
              .thenComparing(entry -> entry.getKey().partition()))
          .forEach(entry -> lines.add(FixtureLine.group(group, entry.getKey().topic(), entry.getKey().partition(),
              entry.getValue().offset(), entry.getValue().metadata())));
    }
    return lines;
  }

  private static List<List<String>> headers(ConsumerRecord<byte[], byte[]> record) {
    List<List<String>> headers = new ArrayList<>();
    for (Header header : record.headers()) {
      headers.add(java.util.Arrays.asList(header.key(), base64(header.value())));
    }
    return headers.isEmpty() ? null : headers;
  }

  static String base64(byte[] bytes) {
    return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] bytes(String base64) {
    return base64 == null ? null : Base64.getDecoder().decode(base64);
  }
}
