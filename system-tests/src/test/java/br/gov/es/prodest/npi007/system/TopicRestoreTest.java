package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.broker.SingleNodeBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layouts the upgrade fixture does not happen to hold: interleaved committed and aborted
 * transactions, records written without one, and a log start on a control marker. Written on one
 * broker, dumped, restored on another: {@link TopicRestore#restore} fails unless the second dumps
 * to the same lines.
 */
class TopicRestoreTest {

  @Test
  void interleavedTransactionsAbortedRecordsAndATrimmedLogComeBackAtTheSameOffsets(@TempDir Path first, @TempDir Path second)
      throws Exception {
    List<FixtureLine> dumped;
    try (SingleNodeBroker broker = SingleNodeBroker.start(first, Ports.free().kafka());
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1),
          new NewTopic("trimmed", 1, (short) 1).configs(Map.of("retention.ms", "-1")))).all().get();
      for (String topic : List.of("kept", "trimmed")) {
        write(broker.bootstrapServers(), topic);
      }
      // Streams purges its repartition topics up to a committed offset, which may be a marker's
      admin.deleteRecords(Map.of(new TopicPartition("trimmed", 0), RecordsToDelete.beforeOffset(markerAfterLastCommit("trimmed",
          broker.bootstrapServers())))).all().get();
      admin.alterConsumerGroupOffsets("leitores", Map.of(new TopicPartition("kept", 0), new OffsetAndMetadata(3, "tempo=42")))
          .all().get();
      dumped = TopicDump.dump(broker.bootstrapServers());
    }
    assertThat(dumped).anySatisfy(line -> assertThat(line.aborted()).isTrue());
    assertThat(dumped).filteredOn(line -> "trimmed".equals(line.topic()) && line.kind().equals("partition"))
        .singleElement().satisfies(line -> assertThat(line.logStartOffset()).isPositive());
    assertThat(dumped).filteredOn(line -> "trimmed".equals(line.topic()) && !line.kind().equals("topic")
        && !line.kind().equals("partition")).first().satisfies(line -> assertThat(line.kind()).isEqualTo("marker"));

    try (SingleNodeBroker broker = SingleNodeBroker.start(second, Ports.free().kafka())) {
      TopicRestore.restore(broker.bootstrapServers(), dumped);
    }
  }

  /** A plain record, two transactions interleaved (one committed, one aborted), a third committed, a plain record. */
  private static void write(String bootstrapServers, String topic) throws Exception {
    try (KafkaProducer<String, String> plain = producer(bootstrapServers, null);
        KafkaProducer<String, String> committing = producer(bootstrapServers, topic + "-a");
        KafkaProducer<String, String> aborting = producer(bootstrapServers, topic + "-b")) {
      plain.send(new ProducerRecord<>(topic, "k1", "a")).get();
      committing.beginTransaction();
      aborting.beginTransaction();
      committing.send(new ProducerRecord<>(topic, "k2", "b")).get();
      aborting.send(new ProducerRecord<>(topic, "k3", "x")).get();
      committing.send(new ProducerRecord<>(topic, "k4", "c")).get();
      committing.commitTransaction();
      aborting.abortTransaction();
      committing.beginTransaction();
      committing.send(new ProducerRecord<>(topic, "k5", "d")).get();
      committing.commitTransaction();
      FaultStack.pause(java.time.Duration.ofMillis(300));
      plain.send(new ProducerRecord<>(topic, "k6", "e")).get();
    }
  }

  /** The offset of the marker that follows record "d": the last commit's. */
  private static long markerAfterLastCommit(String topic, String bootstrapServers) {
    FixtureLine d = TopicDump.dump(bootstrapServers).stream()
        .filter(line -> topic.equals(line.topic()) && line.kind().equals("record")
            && "d".equals(new String(TopicDump.bytes(line.value()), StandardCharsets.UTF_8)))
        .findFirst().orElseThrow();
    return d.offset() + 1;
  }

  private static KafkaProducer<String, String> producer(String bootstrapServers, String transactionalId) {
    Map<String, Object> config = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ACKS_CONFIG, "all"));
    if (transactionalId != null) {
      config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    }
    KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    if (transactionalId != null) {
      producer.initTransactions();
    }
    return producer;
  }
}
