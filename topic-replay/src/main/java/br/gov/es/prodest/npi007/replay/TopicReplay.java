package br.gov.es.prodest.npi007.replay;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps a read model current from its topics: it reads every partition of them, committed records
 * only, with no consumer group, then follows them. It is {@linkplain #upToDate() up to date} once it
 * has applied every record committed before it started, and for as long as it keeps reading.
 *
 * <p>Two kinds of read model: one in the heap ({@link #TopicReplay(String, TopicSpec, Map, Consumer)},
 * for small catalogues such as the organs) is rebuilt from offset zero at every start; one in a
 * {@link ProjectionStore} ({@link #into}) resumes from the positions stored with its entries, each
 * poll's changes and positions written in one atomic batch, so that a restart reads only what is
 * new. Either way the read model must be idempotent by event id, since a crash between a poll and
 * its batch, or a rebuild, applies records again. A record the handler cannot decode is logged and
 * skipped; the writer of the topic is our own service, which dead-letters bad input before it
 * reaches a topic.
 */
public final class TopicReplay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration METADATA_WAIT = Duration.ofSeconds(5);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
  /**
   * Before the Kafka Streams apps (spring-kafka's phase {@code Integer.MAX_VALUE - 1000}) and the
   * listener containers: a read model starts before, and stops after, the processors that consult
   * it, so none of them waits on a read model that was stopped under it while the context closes.
   */
  static final int PHASE = Integer.MAX_VALUE - 2000;

  private final String readModel;
  private final List<TopicSpec> topics;
  private final Map<String, Object> clientSettings;
  private final ProjectionStore store;
  private final BiConsumer<ConsumerRecord<byte[], byte[]>, ProjectionWrite> handler;
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
    this(readModel, List.of(topic), clientSettings, null, (record, write) -> handler.accept(record));
  }

  /**
   * A read model kept in a store: it resumes from the positions stored there (from offset zero when
   * there are none, or when the topics are behind them: a broker whose data was wiped).
   *
   * @param readModel      the read model's name, for logs (in Portuguese: operators read them)
   * @param topics         the topics it reads, each partition at its own position
   * @param clientSettings as for the heap read model
   * @param store          the read model's store; the replay writes it, and the caller closes it after {@link #stop()}
   * @param handler        applies one record through the poll's write; may throw {@link UndecodableRecordException}
   */
  public static TopicReplay into(ProjectionStore store, String readModel, List<TopicSpec> topics,
      Map<String, Object> clientSettings, BiConsumer<ConsumerRecord<byte[], byte[]>, ProjectionWrite> handler) {
    return new TopicReplay(readModel, topics, clientSettings, store, handler);
  }

  private TopicReplay(String readModel, List<TopicSpec> topics, Map<String, Object> clientSettings,
      ProjectionStore store, BiConsumer<ConsumerRecord<byte[], byte[]>, ProjectionWrite> handler) {
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
    this.topics = List.copyOf(topics);
    this.clientSettings = settings;
    this.store = store;
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
    thread = new Thread(this::run, "replay-" + topics.get(0).name());
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

  /** Reads until stopped; a session that meets a broker not answering in time starts again from where it stood. */
  private void run() {
    while (running && failure == null) {
      try {
        session();
      } catch (RetriableException e) {
        caughtUp = false;
        log.warn("{}: o broker não respondeu a tempo ({}); retomando a leitura", readModel, e.toString());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void session() {
    try (KafkaConsumer<byte[], byte[]> client = new KafkaConsumer<>(clientSettings)) {
      consumer = client;
      List<TopicPartition> partitions = new ArrayList<>();
      for (TopicSpec topic : topics) {
        partitions.addAll(partitions(client, topic));
      }
      client.assign(partitions);
      Map<TopicPartition, Long> endAtStart = client.endOffsets(partitions);
      Map<TopicPartition, Long> stored = seek(client, partitions, endAtStart);
      while (running) {
        ConsumerRecords<byte[], byte[]> records = client.poll(POLL);
        if (store == null) {
          records.forEach(record -> apply(record, null));
        } else {
          write(client, records, partitions, stored);
        }
        if (!caughtUp && partitions.stream().allMatch(p -> client.position(p) >= endAtStart.get(p))) {
          caughtUp = true;
          log.info("{}: em dia com {}", readModel, names());
        }
      }
    } catch (WakeupException e) {
      if (running) {
        failure = e;
      }
    } catch (RetriableException e) {
      throw e;
    } catch (RuntimeException e) {
      failure = e;
      log.error("{}: a leitura de {} parou", readModel, names(), e);
    } finally {
      consumer = null;
    }
  }

  /**
   * Puts each partition at the position the store holds for it, or at its beginning; drops the
   * store first when a partition ends before the position stored for it (the topic is not the one
   * the store was made from). Returns the positions the store holds from now on.
   */
  private Map<TopicPartition, Long> seek(KafkaConsumer<byte[], byte[]> client, List<TopicPartition> partitions,
      Map<TopicPartition, Long> endAtStart) {
    if (store == null) {
      client.seekToBeginning(partitions);
      return new HashMap<>();
    }
    Map<TopicPartition, Long> stored = new HashMap<>(store.positions());
    boolean behind = partitions.stream().anyMatch(p -> stored.getOrDefault(p, 0L) > endAtStart.get(p));
    if (behind) {
      log.warn("{}: os tópicos {} têm menos registros do que o modelo de leitura já leu; "
          + "o modelo será reconstruído desde o início", readModel, names());
      store.clear();
      stored.clear();
    }
    for (TopicPartition partition : partitions) {
      Long position = stored.get(partition);
      if (position == null) {
        client.seekToBeginning(List.of(partition));
      } else {
        client.seek(partition, position);
      }
    }
    long resumed = partitions.stream().mapToLong(p -> stored.getOrDefault(p, 0L)).sum();
    long total = partitions.stream().mapToLong(endAtStart::get).sum();
    log.info("{}: retomando de {} posições lidas, {} no total em {}", readModel, resumed, total, names());
    return stored;
  }

  /** Applies one poll's records and the positions they reach in one atomic batch. */
  private void write(KafkaConsumer<byte[], byte[]> client, ConsumerRecords<byte[], byte[]> records,
      List<TopicPartition> partitions, Map<TopicPartition, Long> stored) {
    try (ProjectionWrite write = store.newWrite()) {
      records.forEach(record -> apply(record, write));
      // positions move past transaction markers too, even in a poll with no records
      for (TopicPartition partition : partitions) {
        long position = client.position(partition);
        if (!Long.valueOf(position).equals(stored.get(partition))) {
          write.position(partition, position);
          stored.put(partition, position);
        }
      }
      if (!write.isEmpty()) {
        write.commit();
      }
    }
  }

  private String names() {
    return topics.stream().map(TopicSpec::name).collect(Collectors.joining(", "));
  }

  /** The topic's partitions; waits while the topic or the broker is not there yet. */
  private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> client, TopicSpec topic) {
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

  /**
   * Applies one record; a record the handler cannot take (undecodable, or failing in the handler)
   * is logged with where it lies and skipped, with whatever it had changed in the poll's write, so
   * that one bad record never stops the read model for good (the service would stay DOWN).
   */
  private void apply(ConsumerRecord<byte[], byte[]> record, ProjectionWrite write) {
    if (write != null) {
      write.mark();
    }
    try {
      handler.accept(record, write);
      if (write != null) {
        write.keep();
      }
    } catch (UndecodableRecordException e) {
      undo(write);
      log.error("{}: registro ilegível ignorado em {}-{}@{}: {}", readModel, record.topic(), record.partition(),
          record.offset(), e.getMessage());
    } catch (RuntimeException e) {
      undo(write);
      log.error("{}: registro ignorado em {}-{}@{}: o modelo de leitura não conseguiu aplicá-lo", readModel,
          record.topic(), record.partition(), record.offset(), e);
    }
  }

  private static void undo(ProjectionWrite write) {
    if (write != null) {
      write.undo();
    }
  }
}
