package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.SmartLifecycle;

/**
 * Stands in for a service that owns an aggregate, on the real broker: reads its command topic and
 * writes a CommandResult with the command's headers (so the correlation id comes back), as the
 * owning service does. Subclasses decide; {@link #decideOnAggregate} plays an existing aggregate
 * the test has {@link #open opened}: it checks {@code expectedVersion} first (VERSION_MISMATCH),
 * then gives the test's {@link #refuse refusal} if any, and answers a repeated command id as
 * accepted again with no new events.
 */
abstract class FakeCommandService implements SmartLifecycle {

  /** An aggregate the fake knows: its version and status. */
  private record Aggregate(long version, String status) {
  }

  private final List<SpecificRecord> commands = new CopyOnWriteArrayList<>();
  private final Map<String, Aggregate> aggregates = new ConcurrentHashMap<>();
  private final Map<String, CommandResult> refusals = new ConcurrentHashMap<>();
  private final Map<String, CommandResult> resultsByCommandId = new ConcurrentHashMap<>();

  private final String name;
  private final String bootstrapServers;
  private final TopicSpec commandTopic;
  private final TopicSpec resultTopic;
  private volatile boolean assigned;
  private volatile boolean running;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread worker;

  FakeCommandService(String name, String bootstrapServers, TopicSpec commandTopic, TopicSpec resultTopic) {
    this.name = name;
    this.bootstrapServers = bootstrapServers;
    this.commandTopic = commandTopic;
    this.resultTopic = resultTopic;
  }

  /** The result of the command, or empty to leave it unanswered. */
  protected abstract Optional<CommandResult> decide(SpecificRecord command);

  public boolean isReady() {
    return assigned;
  }

  /** Every command received, in arrival order. */
  public List<SpecificRecord> commands() {
    return List.copyOf(commands);
  }

  /** The commands of one type whose field {@code idField} names the aggregate. */
  <T extends SpecificRecord> List<T> commands(Class<T> type, String idField, String aggregateId) {
    return commands.stream().filter(type::isInstance).map(type::cast)
        .filter(command -> aggregateId.equals(String.valueOf(((SpecificRecordBase) command).get(idField))))
        .toList();
  }

  /** From now on the fake knows this aggregate, at this version and status. */
  public void open(String aggregateId, long version, String status) {
    aggregates.put(aggregateId, new Aggregate(version, status));
  }

  /** Every later command on the aggregate (after the version check) is refused so. */
  public void refuse(String aggregateId, RejectionKind kind, String code, String detail) {
    refusals.put(aggregateId, CommandResult.newBuilder().setCommandId("").setAggregateId(aggregateId)
        .setAccepted(false).setVersion(0).setRejectionKind(kind).setRejectionCode(code).setRejectionDetail(detail)
        .build());
  }

  /**
   * @param statusAfter the aggregate's status after the command, from its status before
   * @param notFound    the reason code and detail of a command on an aggregate the fake does not know
   */
  protected CommandResult decideOnAggregate(CommandMetadata metadata, String aggregateId,
      UnaryOperator<String> statusAfter, String notFoundCode, String notFoundDetail) {
    CommandResult previous = resultsByCommandId.get(metadata.getCommandId());
    if (previous != null) {
      return CommandResult.newBuilder(previous).setEventIds(List.of()).build();
    }
    Aggregate aggregate = aggregates.get(aggregateId);
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(metadata.getCommandId()).setAggregateId(aggregateId);
    if (aggregate == null) {
      return result.setAccepted(false).setVersion(0).setRejectionKind(RejectionKind.NOT_FOUND)
          .setRejectionCode(notFoundCode).setRejectionDetail(notFoundDetail).build();
    }
    if (metadata.getExpectedVersion() != null && metadata.getExpectedVersion() != aggregate.version()) {
      return result.setAccepted(false).setVersion(aggregate.version()).setRejectionKind(RejectionKind.CONFLICT)
          .setRejectionCode("VERSION_MISMATCH").setRejectionDetail("Houve mudanças desde a versão informada.").build();
    }
    CommandResult refusal = refusals.get(aggregateId);
    if (refusal != null) {
      return CommandResult.newBuilder(refusal).setCommandId(metadata.getCommandId())
          .setVersion(aggregate.version()).build();
    }
    Aggregate changed = new Aggregate(aggregate.version() + 1, statusAfter.apply(aggregate.status()));
    aggregates.put(aggregateId, changed);
    CommandResult accepted = result.setAccepted(true).setStatus(changed.status()).setVersion(changed.version())
        .setEventIds(List.of(metadata.getCommandId() + "/1")).build();
    resultsByCommandId.put(metadata.getCommandId(), accepted);
    return accepted;
  }

  @Override
  public void start() {
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, name,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new ByteArrayDeserializer());
    KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(), new ByteArraySerializer());
    running = true;
    worker = new Thread(() -> serve(producer), name);
    worker.start();
  }

  private void serve(KafkaProducer<String, byte[]> producer) {
    KafkaConsumer<String, byte[]> consumer = this.consumer;
    try (producer; consumer) {
      consumer.subscribe(List.of(commandTopic.name()), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          assigned = false;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          assigned = !partitions.isEmpty();
        }
      });
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          SpecificRecord command = AvroCodec.instance().decode(record.value());
          commands.add(command);
          decide(command).ifPresent(result -> producer.send(new ProducerRecord<>(resultTopic.name(), null,
              record.key(), AvroCodec.instance().encode(result), record.headers())));
        }
      }
    } catch (WakeupException stopping) {
      // stop() woke the consumer up
    }
  }

  @Override
  public void stop() {
    running = false;
    if (consumer != null) {
      consumer.wakeup();
    }
    try {
      if (worker != null) {
        worker.join(Duration.ofSeconds(10).toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
