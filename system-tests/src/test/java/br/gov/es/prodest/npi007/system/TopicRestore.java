package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.system.PartitionPlan.Kind;
import br.gov.es.prodest.npi007.system.PartitionPlan.Step;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes a {@link TopicDump} into a fresh broker: the topics with their configs and partition counts,
 * each partition to the same offsets ({@link PartitionPlan}: markers and aborted records where they
 * were, log start moved by {@code deleteRecords}), then every group's committed offsets. Ends by
 * dumping the broker again: anything that differs from the fixture fails the restore.
 */
final class TopicRestore implements AutoCloseable {

  private static final byte[] FILLER_KEY = "npi007-upgrade-filler".getBytes(StandardCharsets.UTF_8);
  private static final Duration MARKER_PATIENCE = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final Admin admin;
  private final String run = UUID.randomUUID().toString();
  private final KafkaProducer<byte[], byte[]> plain;
  private final KafkaProducer<byte[], byte[]> committing;
  private final KafkaProducer<byte[], byte[]> aborting;
  private final List<KafkaProducer<byte[], byte[]>> fillers = new ArrayList<>();

  private TopicRestore(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    this.plain = producer(null);
    this.committing = producer("committed");
    this.aborting = producer("aborted");
  }

  /** Restores the dump into the broker and checks that the broker now dumps to the same lines. */
  static void restore(String bootstrapServers, List<FixtureLine> fixture) {
    try (TopicRestore restore = new TopicRestore(bootstrapServers)) {
      restore.createTopics(fixture);
      restore.writePartitions(fixture);
      restore.commitGroupOffsets(fixture);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Set<String> expiring = expiring(fixture, Instant.now());
    List<FixtureLine> expected = withoutExpiring(fixture, expiring);
    List<FixtureLine> restored = withoutExpiring(TopicDump.dump(bootstrapServers), expiring);
    for (int i = 0; i < Math.max(expected.size(), restored.size()); i++) {
      FixtureLine line = i < expected.size() ? expected.get(i) : null;
      FixtureLine actual = i < restored.size() ? restored.get(i) : null;
      if (line == null || !line.equals(actual)) {
        throw new IllegalStateException("a importação difere do fixture na linha " + (i + 1) + ": esperado " + line
            + ", encontrado " + actual);
      }
    }
  }

  /**
   * Topics with a time retention (commands, command results) whose records are all older than it:
   * the broker's retention check may delete them at any moment after the import, as it would have on
   * the old broker.
   */
  private static Set<String> expiring(List<FixtureLine> fixture, Instant now) {
    Map<String, Long> retention = new HashMap<>();
    fixture.stream().filter(line -> line.kind().equals("topic") && line.configs().containsKey("retention.ms"))
        .forEach(line -> retention.put(line.topic(), Long.parseLong(line.configs().get("retention.ms"))));
    retention.values().removeIf(ms -> ms < 0);
    Set<String> expiring = new HashSet<>(retention.keySet());
    fixture.stream().filter(line -> line.kind().equals("record") && retention.containsKey(line.topic())
            && line.timestamp() >= now.toEpochMilli() - retention.get(line.topic()))
        .forEach(line -> expiring.remove(line.topic()));
    return expiring;
  }

  /** The dump with the expiring topics' partitions as if already expired: no records, log start at the end. */
  private static List<FixtureLine> withoutExpiring(List<FixtureLine> lines, Set<String> expiring) {
    return lines.stream()
        .filter(line -> !expiring.contains(line.topic()) || !(line.kind().equals("record") || line.kind().equals("marker")))
        .map(line -> expiring.contains(line.topic()) && line.kind().equals("partition")
            ? FixtureLine.partition(line.topic(), line.partition(), line.endOffset(), line.endOffset()) : line)
        .toList();
  }

  private void createTopics(List<FixtureLine> fixture) throws ExecutionException, InterruptedException {
    List<NewTopic> topics = fixture.stream().filter(line -> line.kind().equals("topic"))
        .map(line -> new NewTopic(line.topic(), Optional.of(line.partitions()), Optional.empty()).configs(line.configs()))
        .toList();
    admin.createTopics(topics).all().get();
  }

  private void writePartitions(List<FixtureLine> fixture) throws ExecutionException, InterruptedException {
    Map<TopicPartition, FixtureLine> partitions = new LinkedHashMap<>();
    Map<TopicPartition, List<FixtureLine>> entries = new HashMap<>();
    for (FixtureLine line : fixture) {
      TopicPartition partition = line.partition() == null ? null : new TopicPartition(line.topic(), line.partition());
      switch (line.kind()) {
        case "partition" -> partitions.put(partition, line);
        case "record", "marker" -> entries.computeIfAbsent(partition, each -> new ArrayList<>()).add(line);
        default -> { }
      }
    }
    for (Map.Entry<TopicPartition, FixtureLine> partition : partitions.entrySet()) {
      write(partition.getKey(), PartitionPlan.of(partition.getValue(), entries.getOrDefault(partition.getKey(), List.of())));
    }
  }

  private void write(TopicPartition partition, PartitionPlan plan) throws ExecutionException, InterruptedException {
    while (fillers.size() < plan.fillerTransactions()) {
      fillers.add(producer("filler-" + fillers.size()));
    }
    for (long offset = 0; offset < plan.logStartOffset(); offset++) {
      if (offset < plan.fillerTransactions()) {
        KafkaProducer<byte[], byte[]> filler = fillers.get((int) offset);
        filler.beginTransaction();
        send(filler, partition, offset, null);
      } else {
        send(plain, partition, offset, null);
      }
    }
    boolean committedOpen = false;
    boolean abortedOpen = false;
    for (Step step : plan.steps()) {
      switch (step.kind()) {
        case PLAIN -> send(plain, partition, step.offset(), step.record());
        case IN_COMMITTED -> {
          if (!committedOpen) {
            committing.beginTransaction();
            committedOpen = true;
          }
          send(committing, partition, step.offset(), step.record());
        }
        case IN_ABORTED -> {
          if (!abortedOpen) {
            aborting.beginTransaction();
            abortedOpen = true;
          }
          send(aborting, partition, step.offset(), step.record());
        }
        case COMMIT -> {
          committing.commitTransaction();
          committedOpen = false;
        }
        case ABORT -> {
          aborting.abortTransaction();
          abortedOpen = false;
        }
        case COMMIT_FILLER -> fillers.get(step.filler()).commitTransaction();
      }
      if (step.record() == null) {
        awaitEnd(partition, step.offset() + 1);
      }
    }
    if (committedOpen) {
      throw new IllegalStateException(partition + ": transação sem marcador no plano");
    }
    if (plan.logStartOffset() > 0) {
      admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(plan.logStartOffset()))).all().get();
    }
  }

  private void send(KafkaProducer<byte[], byte[]> producer, TopicPartition partition, long offset, FixtureLine record)
      throws ExecutionException, InterruptedException {
    ProducerRecord<byte[], byte[]> sent;
    if (record == null) {
      sent = new ProducerRecord<>(partition.topic(), partition.partition(), null, FILLER_KEY, new byte[0]);
    } else {
      List<Header> headers = record.headers() == null ? List.of() : record.headers().stream()
          .map(header -> (Header) new RecordHeader(header.get(0), TopicDump.bytes(header.get(1)))).toList();
      sent = new ProducerRecord<>(partition.topic(), partition.partition(), record.timestamp(), TopicDump.bytes(record.key()),
          TopicDump.bytes(record.value()), headers);
    }
    long written = producer.send(sent).get().offset();
    if (written != offset) {
      throw new IllegalStateException(partition + ": escrito em " + written + ", esperado " + offset);
    }
  }

  /** A marker is written by the transaction coordinator after the commit returns: wait for it before the next offset. */
  private void awaitEnd(TopicPartition partition, long end) throws ExecutionException, InterruptedException {
    Instant deadline = Instant.now().plus(MARKER_PATIENCE);
    while (admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset() < end) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(partition + ": o offset " + (end - 1) + " não foi escrito");
      }
      Thread.sleep(10);
    }
  }

  private void commitGroupOffsets(List<FixtureLine> fixture) throws ExecutionException, InterruptedException {
    Map<String, Map<TopicPartition, OffsetAndMetadata>> groups = fixture.stream().filter(line -> line.kind().equals("group"))
        .collect(Collectors.groupingBy(FixtureLine::group, LinkedHashMap::new, Collectors.toMap(
            line -> new TopicPartition(line.topic(), line.partition()),
            line -> new OffsetAndMetadata(line.offset(), line.metadata()))));
    for (Map.Entry<String, Map<TopicPartition, OffsetAndMetadata>> group : groups.entrySet()) {
      admin.alterConsumerGroupOffsets(group.getKey(), group.getValue()).all().get();
    }
  }

  private KafkaProducer<byte[], byte[]> producer(String transaction) {
    Map<String, Object> config = new HashMap<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.LINGER_MS_CONFIG, 0));
    if (transaction != null) {
      config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "npi007-upgrade-restore-" + run + "-" + transaction);
      config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 600_000);
    }
    KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    if (transaction != null) {
      producer.initTransactions();
    }
    return producer;
  }

  @Override
  public void close() {
    plain.close();
    committing.close();
    aborting.close();
    fillers.forEach(KafkaProducer::close);
    admin.close();
  }
}
