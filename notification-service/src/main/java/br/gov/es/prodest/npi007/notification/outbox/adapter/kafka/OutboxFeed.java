package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.application.Outbox;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Feeds the outbox from the notifications topic: every partition from offset zero at each start,
 * committed records only, no consumer group (nothing is committed; the outbox is rebuilt). It has
 * caught up once it has read up to the end offsets the topic had when it started.
 */
public final class OutboxFeed implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxFeed.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final Map<String, Object> consumerConfig;
  private final Outbox outbox;
  private final AvroCodec codec = AvroCodec.instance();
  private volatile boolean running;
  private volatile boolean caughtUp;
  private volatile Throwable failure;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private Thread thread;

  /** @param consumerConfig the client settings (bootstrap servers); isolation and offsets are set here */
  public OutboxFeed(Map<String, Object> consumerConfig, Outbox outbox) {
    this.consumerConfig = Map.copyOf(consumerConfig);
    this.outbox = outbox;
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = new Thread(this::run, "outbox-feed");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    KafkaConsumer<String, byte[]> current = consumer;
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

  /** True once the outbox holds every message written before the start. */
  public boolean caughtUp() {
    return caughtUp;
  }

  /** Why the feed stopped, if it failed. */
  public Throwable failure() {
    return failure;
  }

  private void run() {
    try (KafkaConsumer<String, byte[]> client =
             new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer = client;
      if (!running) {
        return;
      }
      List<TopicPartition> partitions = partitions(client);
      client.assign(partitions);
      client.seekToBeginning(partitions);
      Map<TopicPartition, Long> endAtStart = client.endOffsets(partitions);
      while (running) {
        for (ConsumerRecord<String, byte[]> record : client.poll(POLL)) {
          apply(record);
        }
        if (!caughtUp && reached(client, endAtStart)) {
          caughtUp = true;
          log.info("Caixa de saída reconstruída do tópico {}", Topics.NOTIFICATIONS.name());
        }
      }
    } catch (WakeupException e) {
      if (running) {
        failure = e;
      }
    } catch (RuntimeException e) {
      failure = e;
      log.error("A leitura do tópico {} parou", Topics.NOTIFICATIONS.name(), e);
    }
  }

  /** The topic's partitions; waits for the topic to exist. */
  private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> client) {
    while (true) {
      try {
        List<PartitionInfo> infos = client.partitionsFor(Topics.NOTIFICATIONS.name(), Duration.ofSeconds(10));
        if (infos != null && !infos.isEmpty()) {
          return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        }
      } catch (TimeoutException e) {
        // the broker is not reachable yet: keep waiting, health stays DOWN meanwhile
      }
      log.warn("Tópico {} ainda não disponível; aguardando", Topics.NOTIFICATIONS.name());
    }
  }

  private static boolean reached(KafkaConsumer<String, byte[]> client, Map<TopicPartition, Long> ends) {
    return ends.entrySet().stream().allMatch(end -> client.position(end.getKey()) >= end.getValue());
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    try {
      outbox.add(OutboxEntryMapper.entry(codec.decode(record.value(), MessageRendered.class)));
    } catch (UndecodableRecordException e) {
      log.warn("Registro {}-{}@{} ignorado na caixa de saída: {}",
          record.topic(), record.partition(), record.offset(), e.getMessage());
    }
  }
}
