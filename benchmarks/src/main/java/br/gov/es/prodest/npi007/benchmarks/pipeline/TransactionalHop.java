package br.gov.es.prodest.npi007.benchmarks.pipeline;

import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The fair baseline for one step of the pipeline: one exactly-once hop, as each of the services does
 * it. Records are produced at a fixed rate into an input topic; a relay reads them read_committed,
 * writes each to an output topic inside a transaction with its consumed offsets
 * (sendOffsetsToTransaction) and commits after every non-empty poll; a read_committed sink times each
 * record from its intended send time. The two topics are the driver's own, named after the catalogue's
 * benchmark topic; it creates them and deletes them.
 */
final class TransactionalHop {

  private static final Duration POLL = Duration.ofMillis(5);

  private final String bootstrapServers;
  private final String inputTopic = Topics.BENCHMARK_EOS_INPUT.name();
  private final String outputTopic = Topics.BENCHMARK_EOS_OUTPUT.name();
  private final String relayGroup = "npi007-benchmark-eos-" + Long.toString(System.currentTimeMillis(), 36);

  TransactionalHop(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** Latencies of {@code ratePerSecond × seconds} records through the hop; waits at most 30 s after the last. */
  LatencyStats measure(double ratePerSecond, double seconds) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      List<String> topics = List.of(inputTopic, outputTopic);
      deleteIfPresent(admin, topics);
      admin.createTopics(List.of(Topics.BENCHMARK_EOS_INPUT.newTopic(), Topics.BENCHMARK_EOS_OUTPUT.newTopic())).all().get();
      try {
        return run(ratePerSecond, seconds);
      } finally {
        deleteIfPresent(admin, topics);
        forgetGroup(admin);
      }
    }
  }

  private LatencyStats run(double ratePerSecond, double seconds) throws Exception {
    TopicPartition input = new TopicPartition(inputTopic, 0);
    TopicPartition output = new TopicPartition(outputTopic, 0);
    try (KafkaProducer<byte[], byte[]> source = new KafkaProducer<>(producer(null));
         KafkaConsumer<byte[], byte[]> sink = new KafkaConsumer<>(consumer(null))) {
      sink.assign(Set.of(output));
      sink.seekToEnd(Set.of(output));
      sink.position(output);
      Relay relay = new Relay(input, output);
      relay.start();
      try {
        OpenLoopSchedule schedule = OpenLoopSchedule.of(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100),
            ratePerSecond, seconds);
        Thread sender = new Thread(() -> {
          for (int i = 0; i < schedule.count(); i++) {
            long intended = schedule.intendedNanos(i);
            LockSupport.parkNanos(intended - System.nanoTime());
            source.send(new ProducerRecord<>(inputTopic, ByteBuffer.allocate(Long.BYTES).putLong(intended).array()));
          }
        }, "benchmark-eos-source");
        sender.start();
        List<Duration> samples = new ArrayList<>();
        long deadline = schedule.startNanos() + Math.round(schedule.seconds() * 1e9) + TimeUnit.SECONDS.toNanos(30);
        while (samples.size() < schedule.count() && System.nanoTime() < deadline) {
          for (ConsumerRecord<byte[], byte[]> record : sink.poll(POLL)) {
            samples.add(Duration.ofNanos(System.nanoTime() - ByteBuffer.wrap(record.value()).getLong()));
          }
        }
        sender.join();
        return LatencyStats.of(samples);
      } finally {
        relay.stop();
      }
    }
  }

  /** read_committed consumer → producer in a transaction → sendOffsetsToTransaction → commit. */
  private final class Relay {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;
    private final CountDownLatch ready = new CountDownLatch(1);

    Relay(TopicPartition input, TopicPartition output) {
      thread = new Thread(() -> relay(input, output), "benchmark-eos-relay");
      thread.setDaemon(true);
    }

    /** Starts the relay; returns once its transactions are initialised, so the first record is not timed through that. */
    void start() throws InterruptedException {
      thread.start();
      ready.await(30, TimeUnit.SECONDS);
    }

    void stop() throws Exception {
      running = false;
      thread.join(TimeUnit.SECONDS.toMillis(30));
      if (failure != null) {
        throw failure;
      }
    }

    private void relay(TopicPartition input, TopicPartition output) {
      try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumer(relayGroup));
           KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producer(relayGroup))) {
        consumer.assign(Set.of(input));
        consumer.seekToBeginning(Set.of(input));
        producer.initTransactions();
        consumer.position(input);
        ready.countDown();
        while (running) {
          ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
          if (records.isEmpty()) {
            continue;
          }
          producer.beginTransaction();
          long next = 0;
          for (ConsumerRecord<byte[], byte[]> record : records) {
            producer.send(new ProducerRecord<>(output.topic(), record.value()));
            next = record.offset() + 1;
          }
          Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
          offsets.put(input, new OffsetAndMetadata(next));
          producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
          producer.commitTransaction();
        }
      } catch (Exception e) {
        failure = e;
      } finally {
        ready.countDown();
      }
    }
  }

  private void forgetGroup(Admin admin) throws InterruptedException {
    try {
      admin.deleteConsumerGroups(List.of(relayGroup)).all().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException leftBehind) {
      // an empty group of the driver's; the broker expires its offsets in time
    }
  }

  private static void deleteIfPresent(Admin admin, List<String> topics) throws InterruptedException {
    for (String topic : topics) {
      try {
        admin.deleteTopics(List.of(topic)).all().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new IllegalStateException("não foi possível apagar o tópico de referência " + topic, e.getCause());
        }
      }
    }
  }

  private Properties producer(String transactionalGroup) {
    Properties settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    if (transactionalGroup != null) {
      settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalGroup);
    }
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return settings;
  }

  private Properties consumer(String group) {
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    if (group != null) {
      settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    }
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return settings;
  }
}
