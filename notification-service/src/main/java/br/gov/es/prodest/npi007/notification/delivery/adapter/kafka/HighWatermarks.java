package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * The high watermark of partitions: the end of everything written, open transactions included
 * (not the last stable offset a read_committed consumer reports, which stops at the first open
 * transaction and would hide what was committed after it). A read_committed reader is at or past it
 * only once every transaction below it has ended, committed or aborted.
 */
final class HighWatermarks implements Function<List<TopicPartition>, Map<TopicPartition, Long>>, AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Admin admin;

  HighWatermarks(Map<String, Object> adminSettings) {
    this.admin = Admin.create(adminSettings);
  }

  @Override
  public Map<TopicPartition, Long> apply(List<TopicPartition> partitions) {
    Map<TopicPartition, OffsetSpec> latest = partitions.stream()
        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
    try {
      return admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all()
          .get(WAIT.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaException("fim das partições " + partitions + " indisponível", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("espera pelo fim das partições interrompida", e);
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
