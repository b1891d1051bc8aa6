package br.gov.es.prodest.npi007.standalone.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleNodeBrokerTest {

  private static final String TOPIC = "standalone-persistence";

  @TempDir
  Path dataDir;

  @Test
  void keepsCommittedRecordsAndItsClusterIdAcrossRestarts() throws Exception {
    Path logDir = dataDir.resolve("kafka");
    int port = freePortPair();

    String clusterId;
    try (SingleNodeBroker broker = SingleNodeBroker.start(logDir, port)) {
      assertThat(broker.formattedOnStart()).isTrue();
      assertThat(StorageFormat.clusterIdOf(logDir)).contains(broker.clusterId());
      clusterId = broker.clusterId();
      createTopic(broker.bootstrapServers());
      produceInTransaction(broker.bootstrapServers(), "incident-1", "reported");
    }

    try (SingleNodeBroker broker = SingleNodeBroker.start(logDir, port)) {
      assertThat(broker.formattedOnStart()).isFalse();
      assertThat(broker.clusterId()).isEqualTo(clusterId);
      assertThat(StorageFormat.clusterIdOf(logDir)).contains(clusterId);
      assertThat(readCommitted(broker.bootstrapServers()))
          .containsExactly(Map.entry("incident-1", "reported"));
    }
  }

  @Test
  void aNodeNotStoppedCleanlyStartsTwice_onceCleanlyStoppedItStartsOnce() throws Exception {
    Path logDir = dataDir.resolve("kafka");
    int port = freePortPair();
    try (SingleNodeBroker broker = SingleNodeBroker.start(logDir, port)) {
      assertThat(broker.restartedAfterUncleanStop()).as("a first start").isFalse();
      createTopic(broker.bootstrapServers());
      produceInTransaction(broker.bootstrapServers(), "incident-1", "reported");
    }
    assertThat(logDir.resolve(SingleNodeBroker.CLEAN_SHUTDOWN_MARKER)).exists();
    // what a kill -9 leaves: no marker
    Files.delete(logDir.resolve(SingleNodeBroker.CLEAN_SHUTDOWN_MARKER));

    try (SingleNodeBroker broker = SingleNodeBroker.start(logDir, port)) {
      assertThat(broker.restartedAfterUncleanStop()).isTrue();
      assertThat(readCommitted(broker.bootstrapServers())).containsExactly(Map.entry("incident-1", "reported"));
    }
    try (SingleNodeBroker broker = SingleNodeBroker.start(logDir, port)) {
      assertThat(broker.restartedAfterUncleanStop()).isFalse();
    }
  }

  private static void createTopic(String bootstrapServers) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    }
  }

  private static void produceInTransaction(String bootstrapServers, String key, String value) {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(
        "bootstrap.servers", bootstrapServers,
        "transactional.id", "standalone-test",
        "key.serializer", StringSerializer.class,
        "value.serializer", StringSerializer.class))) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(TOPIC, key, value));
      producer.commitTransaction();
    }
  }

  /** Reads the topic from the start up to its end offset as of now, committed records only. */
  private static List<Map.Entry<String, String>> readCommitted(String bootstrapServers) {
    try (var consumer = new KafkaConsumer<String, String>(Map.<String, Object>of(
        "bootstrap.servers", bootstrapServers,
        "isolation.level", "read_committed",
        "key.deserializer", StringDeserializer.class,
        "value.deserializer", StringDeserializer.class))) {
      TopicPartition partition = new TopicPartition(TOPIC, 0);
      consumer.assign(Set.of(partition));
      consumer.seekToBeginning(Set.of(partition));
      long end = consumer.endOffsets(Set.of(partition)).get(partition);
      List<Map.Entry<String, String>> records = new ArrayList<>();
      while (consumer.position(partition) < end) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          records.add(Map.entry(record.key(), record.value()));
        }
      }
      return records;
    }
  }

  /** A free port whose successor is free too: the broker's controller listens on port + 1. */
  private static int freePortPair() throws IOException {
    while (true) {
      try (ServerSocket first = new ServerSocket(0)) {
        int port = first.getLocalPort();
        if (port < 65535 && isFree(port + 1)) {
          return port;
        }
      }
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket ignored = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
