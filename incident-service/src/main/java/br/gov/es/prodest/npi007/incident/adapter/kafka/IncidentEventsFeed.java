package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Feeds the {@link IncidentRegister} from the incident events: at each start it reads every
 * partition from offset zero (no consumer group, nothing committed), committed records only, then
 * follows the topic. Knows when it has caught up with the end offsets that existed at start-up.
 */
public class IncidentEventsFeed implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(IncidentEventsFeed.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Map<String, Object> consumerSettings;
  private final IncidentRegister register;
  private final AvroCodec codec = AvroCodec.instance();
  private volatile boolean running;
  private volatile boolean caughtUp;
  private volatile boolean stopped;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  public IncidentEventsFeed(Map<String, Object> kafkaConsumerSettings, IncidentRegister register) {
    Map<String, Object> settings = new HashMap<>(kafkaConsumerSettings);
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "npi007-incident-register");
    this.consumerSettings = settings;
    this.register = register;
  }

  /** True once every event committed before start-up has been applied, for as long as the feed keeps reading. */
  public boolean upToDate() {
    return caughtUp && !stopped;
  }

  @Override
  public synchronized void start() {
    running = true;
    stopped = false;
    thread = new Thread(this::run, "incident-register-feed");
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
    try (KafkaConsumer<byte[], byte[]> events = new KafkaConsumer<>(consumerSettings)) {
      consumer = events;
      List<TopicPartition> partitions = partitionsOf(events);
      events.assign(partitions);
      events.seekToBeginning(partitions);
      Map<TopicPartition, Long> endAtStart = events.endOffsets(partitions);
      while (running) {
        events.poll(POLL).forEach(this::apply);
        if (!caughtUp && partitions.stream().allMatch(p -> events.position(p) >= endAtStart.get(p))) {
          caughtUp = true;
          log.info("Registro de incidentes em dia com {}", Topics.INCIDENT_EVENTS.name());
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } catch (RuntimeException e) {
      log.error("O registro de incidentes parou de ler {}", Topics.INCIDENT_EVENTS.name(), e);
      throw e;
    } finally {
      stopped = true;
      consumer = null;
    }
  }

  private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> events) {
    String topic = Topics.INCIDENT_EVENTS.name();
    var infos = events.partitionsFor(topic);
    while (running && infos.isEmpty()) {
      pause(); // declared at start-up; its metadata may still be on its way
      infos = events.partitionsFor(topic);
    }
    return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
  }

  private static void pause() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WakeupException();
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
    try {
      register.apply(IncidentAvroMapper.toEvent(codec.decode(record.value())));
    } catch (UndecodableRecordException e) {
      // We are the topic's only writer; a record we cannot read is reported, not fatal for the register.
      log.error("Evento ilegível em {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
          e.getMessage());
    }
  }
}
