package br.gov.es.prodest.npi007.benchmarks.pipeline;

import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Raw Kafka on the same broker, in the same run: what the pipeline's figures are a ratio to
 * (ARCHITECTURE.md, "Raw Kafka on this machine"). Writes only to the benchmark's own topic, which
 * it creates and deletes.
 */
final class KafkaBaseline {

  private static final int RECORD_BYTES = 300;

  private final String bootstrapServers;

  KafkaBaseline(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** What one run of the baseline measured. */
  record Result(double producerRecordsPerSecond, LatencyStats oneAtATime) {
  }

  Result measure(int throughputRecords, int latencyRecords) throws Exception {
    String topic = Topics.BENCHMARK_BASELINE.name();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      deleteIfPresent(admin, topic);
      admin.createTopics(List.of(Topics.BENCHMARK_BASELINE.newTopic())).all().get();
      try (KafkaProducer<byte[], byte[]> batching = new KafkaProducer<>(producerSettings(5));
           KafkaProducer<byte[], byte[]> immediate = new KafkaProducer<>(producerSettings(0));
           KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings())) {
        double throughput = producerThroughput(batching, topic, throughputRecords);
        LatencyStats latency = oneAtATime(immediate, consumer, topic, latencyRecords);
        return new Result(throughput, latency);
      } finally {
        deleteIfPresent(admin, topic);
      }
    }
  }

  private static double producerThroughput(KafkaProducer<byte[], byte[]> producer, String topic, int records) {
    byte[] value = new byte[RECORD_BYTES];
    long start = System.nanoTime();
    for (int i = 0; i < records; i++) {
      producer.send(new ProducerRecord<>(topic, value));
    }
    producer.flush();
    return records / ((System.nanoTime() - start) / 1e9);
  }

  /** Send one record, wait until the consumer has it, then the next: the end-to-end latency of one hop. */
  private static LatencyStats oneAtATime(KafkaProducer<byte[], byte[]> producer, KafkaConsumer<byte[], byte[]> consumer,
      String topic, int records) throws ExecutionException, InterruptedException {
    TopicPartition partition = new TopicPartition(topic, 0);
    consumer.assign(Set.of(partition));
    consumer.seekToEnd(Set.of(partition));
    consumer.position(partition);
    byte[] value = new byte[RECORD_BYTES];
    List<Duration> samples = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      long start = System.nanoTime();
      producer.send(new ProducerRecord<>(topic, value)).get();
      ConsumerRecords<byte[], byte[]> received;
      do {
        received = consumer.poll(Duration.ofMillis(100));
      } while (received.isEmpty());
      samples.add(Duration.ofNanos(System.nanoTime() - start));
    }
    return LatencyStats.of(samples);
  }

  private static void deleteIfPresent(Admin admin, String topic) throws InterruptedException {
    try {
      admin.deleteTopics(List.of(topic)).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
        throw new IllegalStateException("não foi possível apagar o tópico de referência " + topic, e.getCause());
      }
    }
  }

  private Properties producerSettings(int lingerMillis) {
    Properties settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.LINGER_MS_CONFIG, lingerMillis);
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return settings;
  }

  private Properties consumerSettings() {
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 1);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return settings;
  }
}
