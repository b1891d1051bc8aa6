package br.gov.es.prodest.npi007.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TopicReplayTest {

  private final Map<String, Object> client = Map.of("bootstrap.servers", SharedKafkaBroker.bootstrapServers());

  @Test
  void rebuildsFromOffsetZeroSkippingAbortedAndUnreadableRecordsThenFollowsTheTopic() throws Exception {
    TopicSpec topic = newTopic();
    List<String> model = new CopyOnWriteArrayList<>();
    try (KafkaProducer<String, String> producer = transactionalProducer()) {
      producer.initTransactions();
      commit(producer, topic, "um", "ilegível", "dois");
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic.name(), "k", "abortado"));
      producer.abortTransaction();

      TopicReplay replay = new TopicReplay("modelo de teste", topic, client, record -> {
        String value = new String(record.value(), StandardCharsets.UTF_8);
        if (value.equals("ilegível")) {
          throw new UndecodableRecordException("não é um evento");
        }
        model.add(value);
      });
      replay.start();
      try {
        await().atMost(Duration.ofSeconds(30)).until(replay::upToDate);
        assertThat(model).containsExactly("um", "dois");

        commit(producer, topic, "três");
        await().atMost(Duration.ofSeconds(30)).until(() -> model.size() == 3);
        assertThat(model).containsExactly("um", "dois", "três");
      } finally {
        replay.stop();
      }
      assertThat(replay.upToDate()).isFalse();
      assertThat(replay.failure()).isEmpty();

      List<String> rebuilt = new CopyOnWriteArrayList<>();
      TopicReplay again = new TopicReplay("modelo de teste", topic, client,
          record -> rebuilt.add(new String(record.value(), StandardCharsets.UTF_8)));
      again.start();
      await().atMost(Duration.ofSeconds(30)).until(again::upToDate);
      again.stop();
      assertThat(rebuilt).containsExactly("um", "ilegível", "dois", "três");
    }
  }

  @Test
  void waitsForATopicThatDoesNotExistYetAndStopsPromptly() {
    TopicSpec missing = new TopicSpec("replay-missing-" + UUID.randomUUID(), "k", List.of(), "test", 1, Map.of());
    TopicReplay replay = new TopicReplay("modelo de teste", missing, client, record -> { });

    replay.start();
    assertThat(replay.upToDate()).isFalse();
    replay.stop();

    assertThat(replay.isRunning()).isFalse();
    assertThat(replay.failure()).isEmpty();
  }

  private TopicSpec newTopic() throws Exception {
    TopicSpec topic = new TopicSpec("replay-" + UUID.randomUUID(), "k", List.of(), "test", 1, Map.of());
    try (AdminClient admin = AdminClient.create(client)) {
      admin.createTopics(List.of(new NewTopic(topic.name(), 1, (short) 1))).all().get();
    }
    return topic;
  }

  private KafkaProducer<String, String> transactionalProducer() {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "replay-test-" + UUID.randomUUID()),
        new StringSerializer(), new StringSerializer());
  }

  private static void commit(KafkaProducer<String, String> producer, TopicSpec topic, String... values) {
    producer.beginTransaction();
    for (String value : values) {
      producer.send(new ProducerRecord<>(topic.name(), "k", value));
    }
    producer.commitTransaction();
  }
}
