package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * How much history the system holds: the records of its event topics (incident events, maintenance
 * events, notifications, deliveries), counted from the broker as each partition's end offset minus
 * its start offset. The writers are transactional, so each committed transaction's marker takes an
 * offset too: the count is a little above the events themselves.
 */
final class HistoryEvents implements AutoCloseable {

  static final List<TopicSpec> TOPICS = List.of(Topics.INCIDENT_EVENTS, Topics.MAINTENANCE_EVENTS,
      Topics.NOTIFICATIONS, Topics.DELIVERIES);

  private final Admin admin;

  HistoryEvents(String bootstrapServers) {
    Properties settings = new Properties();
    settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    admin = Admin.create(settings);
  }

  /** Records per topic name, in {@link #TOPICS}' order; a topic not yet created counts 0. */
  Map<String, Long> perTopic() throws InterruptedException, ExecutionException, TimeoutException {
    List<String> names = TOPICS.stream().map(TopicSpec::name).toList();
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin.describeTopics(names).topicNameValues().forEach((name, described) -> {
      try {
        TopicDescription description = described.get(15, TimeUnit.SECONDS);
        description.partitions().forEach(partition -> {
          TopicPartition topicPartition = new TopicPartition(name, partition.partition());
          earliest.put(topicPartition, OffsetSpec.earliest());
          latest.put(topicPartition, OffsetSpec.latest());
        });
      } catch (ExecutionException | TimeoutException notThereYet) {
        // counted as 0 below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Map<TopicPartition, Long> starts = offsets(earliest);
    Map<TopicPartition, Long> ends = offsets(latest);
    return count(names, starts, ends);
  }

  long total() throws InterruptedException, ExecutionException, TimeoutException {
    return total(perTopic());
  }

  /** Records per topic: the sum over its partitions of end − start (a missing start is 0). */
  static Map<String, Long> count(List<String> topics, Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends) {
    Map<String, Long> records = new LinkedHashMap<>();
    topics.forEach(topic -> records.put(topic, 0L));
    ends.forEach((partition, end) -> {
      if (records.containsKey(partition.topic())) {
        long held = Math.max(0, end - starts.getOrDefault(partition, 0L));
        records.merge(partition.topic(), held, Long::sum);
      }
    });
    return records;
  }

  static long total(Map<String, Long> perTopic) {
    return perTopic.values().stream().mapToLong(Long::longValue).sum();
  }

  private Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetSpec> wanted)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    if (wanted.isEmpty()) {
      return offsets;
    }
    admin.listOffsets(wanted).all().get(15, TimeUnit.SECONDS)
        .forEach((partition, info) -> offsets.put(partition, info.offset()));
    return offsets;
  }

  @Override
  public void close() {
    admin.close();
  }
}
