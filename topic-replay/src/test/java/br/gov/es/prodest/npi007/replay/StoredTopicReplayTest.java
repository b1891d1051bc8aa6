package br.gov.es.prodest.npi007.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.projection.StoreKey;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read model in a store: it resumes where it stopped, and starts over when the topics are not the ones it read. */
class StoredTopicReplayTest {

  private final Map<String, Object> client = Map.of("bootstrap.servers", SharedKafkaBroker.bootstrapServers());
  private final List<String> applied = new CopyOnWriteArrayList<>();

  @TempDir
  Path directory;

  @Test
  void aRestartReadsOnlyWhatIsNewAcrossTwoTopicsAndKeepsWhatItHad() throws Exception {
    TopicSpec incidents = newTopic(3);
    TopicSpec deliveries = newTopic(2);
    try (KafkaProducer<String, String> producer = transactionalProducer()) {
      producer.initTransactions();
      commit(producer, incidents, "i-1", "i-2", "i-3");
      commit(producer, deliveries, "d-1");

      runUntilUpToDate(List.of(incidents, deliveries)).close();
      assertThat(applied).containsExactlyInAnyOrder("i-1", "i-2", "i-3", "d-1");

      commit(producer, incidents, "i-4");
      commit(producer, deliveries, "d-2");
      applied.clear();
      try (ProjectionStore store = runUntilUpToDate(List.of(incidents, deliveries))) {
        assertThat(applied).containsExactlyInAnyOrder("i-4", "d-2");
        assertThat(stored(store, "i-1")).isEqualTo("i-1");
        assertThat(stored(store, "d-2")).isEqualTo("d-2");
        // past the transaction markers: the next offset to read, not the last record's
        long incidentPositions = store.positions().entrySet().stream()
            .filter(position -> position.getKey().topic().equals(incidents.name()))
            .mapToLong(Map.Entry::getValue).sum();
        // four records, and a marker for each partition a commit wrote to: 3 for i-1..i-3, 1 for i-4
        assertThat(incidentPositions).isEqualTo(4 + 3 + 1);
      }
    }
  }

  @Test
  void aStoreAheadOfItsTopicIsDroppedAndRebuiltFromOffsetZero() throws Exception {
    TopicSpec first = newTopic(1);
    try (KafkaProducer<String, String> producer = transactionalProducer()) {
      producer.initTransactions();
      commit(producer, first, "antigo-1", "antigo-2", "antigo-3");
      runUntilUpToDate(List.of(first)).close();

      // the broker's data is wiped and the topic made anew, with fewer records than the store has read
      try (AdminClient admin = AdminClient.create(client)) {
        admin.deleteTopics(List.of(first.name())).all().get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
          admin.createTopics(List.of(new NewTopic(first.name(), 1, (short) 1))).all().get();
        });
      }
      commit(producer, first, "novo-1");
      applied.clear();
      try (ProjectionStore store = runUntilUpToDate(List.of(first))) {
        assertThat(applied).containsExactly("novo-1");
        assertThat(stored(store, "antigo-1")).isNull();
        assertThat(stored(store, "novo-1")).isEqualTo("novo-1");
      }
    }
  }

  @Test
  void aRecordTheReadModelCannotTakeIsSkippedWithWhatItHadWrittenAndTheRestGoesOn() throws Exception {
    TopicSpec topic = newTopic(1);
    try (KafkaProducer<String, String> producer = transactionalProducer()) {
      producer.initTransactions();
      commit(producer, topic, "antes", "quebrado", "depois");
    }
    ProjectionStore store = ProjectionStore.open(directory.resolve("modelo"), "teste/1", RocksDbBudget.of(8));
    TopicReplay replay = TopicReplay.into(store, "modelo de teste", List.of(topic), client, (record, write) -> {
      String value = new String(record.value(), StandardCharsets.UTF_8);
      write.put(key(value), record.value());
      if (value.equals("quebrado")) {
        throw new IllegalStateException("uma falha do modelo de leitura a meio caminho");
      }
    });
    replay.start();
    try (store) {
      await().atMost(Duration.ofSeconds(30)).until(replay::upToDate);
      replay.stop();
      assertThat(replay.failure()).isEmpty();
      assertThat(stored(store, "antes")).isEqualTo("antes");
      assertThat(stored(store, "quebrado")).isNull();
      assertThat(stored(store, "depois")).isEqualTo("depois");
    }
  }

  /** Runs the replay into the store until it is up to date, stops it, and gives the store back open. */
  private ProjectionStore runUntilUpToDate(List<TopicSpec> topics) {
    ProjectionStore store = ProjectionStore.open(directory.resolve("modelo"), "teste/1", RocksDbBudget.of(8));
    BiConsumer<ConsumerRecord<byte[], byte[]>, ProjectionWrite> handler = (record, write) -> {
      String value = new String(record.value(), StandardCharsets.UTF_8);
      applied.add(value);
      write.put(key(value), record.value());
    };
    TopicReplay replay = TopicReplay.into(store, "modelo de teste", topics, client, handler);
    replay.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(replay::upToDate);
    } finally {
      replay.stop();
    }
    assertThat(replay.failure()).isEmpty();
    return store;
  }

  private static String stored(ProjectionStore store, String value) {
    byte[] stored = store.get(key(value));
    return stored == null ? null : new String(stored, StandardCharsets.UTF_8);
  }

  private static byte[] key(String value) {
    return StoreKey.of("valores").text(value).bytes();
  }

  private TopicSpec newTopic(int partitions) throws Exception {
    TopicSpec topic = new TopicSpec("stored-replay-" + UUID.randomUUID(), "k", List.of(), "test", partitions, Map.of());
    try (AdminClient admin = AdminClient.create(client)) {
      admin.createTopics(List.of(new NewTopic(topic.name(), partitions, (short) 1))).all().get();
    }
    return topic;
  }

  private KafkaProducer<String, String> transactionalProducer() {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "stored-replay-test-" + UUID.randomUUID()),
        new StringSerializer(), new StringSerializer());
  }

  /** One transaction: a marker on every partition it wrote to; the records spread by value. */
  private static void commit(KafkaProducer<String, String> producer, TopicSpec topic, String... values) {
    producer.beginTransaction();
    for (int i = 0; i < values.length; i++) {
      producer.send(new ProducerRecord<>(topic.name(), i % topic.partitions(), values[i], values[i]));
    }
    producer.commitTransaction();
  }
}
