package br.gov.es.prodest.npi007.replay;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Rebuilds a read model from one topic: at every start it reads all partitions from offset zero,
 * committed records only, with no consumer group (nothing is committed: the model is derived anew),
 * then follows the topic. It is {@linkplain #upToDate() up to date} once it has applied every record
 * committed before it started, and for as long as it keeps reading.
 *
 * <p>The read model must be idempotent by event id: a record is applied once per replay, and each
 * start is a new replay. A record the handler cannot decode is logged and skipped; the writer of the
 * topic is our own service, which dead-letters bad input before it reaches a topic.
 */
public final class TopicReplay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration METADATA_WAIT = Duration.ofSeconds(5);
  /**
   * Before the Kafka Streams apps (spring-kafka's phase {@code Integer.MAX_VALUE - 1000}) and the
   * listener containers: a read model starts before, and stops after, the processors that consult
   * it, so none of them waits on a read model that was stopped under it while the context closes.
   */
  static final int PHASE = Integer.MAX_VALUE - 2000;

  private final String readModel;
  private final TopicSpec topic;
  private final Map<String, Object> clientSettings;
  private final Consumer<ConsumerRecord<byte[], byte[]>> handler;
  private volatile boolean running;
  private volatile boolean caughtUp;
  private volatile Throwable failure;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  /**
   * @param readModel      the read model's name, for logs (in Portuguese: operators read them)
   * @param topic          the topic to replay
   * @param clientSettings client settings (bootstrap servers, security); group, offsets, isolation
   *                       and deserializers are set here
   * @param handler        applies one record to the read model; may throw {@link UndecodableRecordException}
   */
  public TopicReplay(String readModel, TopicSpec topic, Map<String, Object> clientSettings,
      Consumer<ConsumerRecord<byte[], byte[]>> handler) {
    Map<String, Object> settings = new HashMap<>(clientSettings);
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // a committed event reaches the read model at once, not after a read_committed fetch's 500 ms wait
    settings.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    this.readModel = readModel;
    this.topic = topic;
    this.clientSettings = settings;
    this.handler = handler;
  }

  /** True once every record committed before the start has been applied, while it keeps reading. */
  public boolean upToDate() {
    return caughtUp && running && failure == null;
  }

  /** Why the replay stopped reading, if it failed. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  @Override
  public synchronized void start() {
    running = true;
    caughtUp = false;
    failure = null;
    thread = new Thread(this::run, "replay-" + topic.name());
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    KafkaConsumer<byte[], byte[]> current = consumer;
    if (current != null) {
      current.wakeup();
    }
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    try (KafkaConsumer<byte[], byte[]> client = new KafkaConsumer<>(clientSettings)) {
      consumer = client;
      List<TopicPartition> partitions = partitions(client);
      client.assign(partitions);
      client.seekToBeginning(partitions);
      Map<TopicPartition, Long> endAtStart = client.endOffsets(partitions);
      while (running) {
        client.poll(POLL).forEach(this::apply);
        if (!caughtUp && partitions.stream().allMatch(p -> client.position(p) >= endAtStart.get(p))) {
          caughtUp = true;
          log.info("{}: reconstruído(a) a partir de {}", readModel, topic.name());
        }
      }
    } catch (WakeupException e) {
      if (running) {
        failure = e;
      }
    } catch (RuntimeException e) {
      failure = e;
      log.error("{}: a leitura de {} parou", readModel, topic.name(), e);
    } finally {
      consumer = null;
    }
  }

  /** The topic's partitions; waits while the topic or the broker is not there yet. */
  private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> client) {
    while (running) {
      try {
        List<PartitionInfo> infos = client.partitionsFor(topic.name(), METADATA_WAIT);
        if (infos != null && !infos.isEmpty()) {
          return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        }
      } catch (TimeoutException e) {
        // the broker does not answer yet; the read model stays not up to date meanwhile
      }
      log.warn("{}: tópico {} ainda não disponível; aguardando", readModel, topic.name());
    }
    throw new WakeupException();
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
    try {
      handler.accept(record);
    } catch (UndecodableRecordException e) {
      log.error("{}: registro ilegível ignorado em {}-{}@{}: {}", readModel, record.topic(), record.partition(),
          record.offset(), e.getMessage());
    }
  }
}
