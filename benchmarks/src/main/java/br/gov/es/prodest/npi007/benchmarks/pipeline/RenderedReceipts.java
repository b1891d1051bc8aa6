package br.gov.es.prodest.npi007.benchmarks.pipeline;

import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the notifications topic (read_committed, from its end) and notes when each incident's
 * message 6.1 appears there: the moment it is in ASCOM's outbox.
 */
final class RenderedReceipts implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Long> receivedAtNanos = new ConcurrentHashMap<>();
  private final CountDownLatch assigned = new CountDownLatch(1);
  private final Thread thread;

  RenderedReceipts(String bootstrapServers) {
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, "npi007-benchmark-" + System.nanoTime());
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumer = new KafkaConsumer<>(settings);
    thread = new Thread(this::run, "benchmark-rendered-receipts");
    thread.setDaemon(true);
  }

  /** Starts following; returns once the consumer holds every partition, so nothing rendered after is missed. */
  void start() throws InterruptedException {
    thread.start();
    if (!assigned.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("o tópico de notificações não foi atribuído em 30 s");
    }
  }

  /** When 6.1 of the incident appeared (System.nanoTime), or null while it has not. */
  Long receivedAt(String incidentId) {
    return receivedAtNanos.get(incidentId);
  }

  private void run() {
    consumer.subscribe(List.of(Topics.NOTIFICATIONS.name()), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        partitions.forEach(consumer::position);
        assigned.countDown();
      }
    });
    try {
      while (!Thread.currentThread().isInterrupted()) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          note(record.value());
        }
      }
    } catch (WakeupException stopping) {
      // close() woke the poll: done
    } finally {
      consumer.close();
    }
  }

  private void note(byte[] value) {
    long now = System.nanoTime();
    SpecificRecord record;
    try {
      record = AvroCodec.instance().decode(value);
    } catch (RuntimeException notOurs) {
      return;
    }
    if (record instanceof MessageRendered rendered
        && NormMessage.RECEIPT_ACKNOWLEDGEMENT.id().equals(rendered.getMessageId())
        && rendered.getIncidentId() != null) {
      receivedAtNanos.putIfAbsent(rendered.getIncidentId(), now);
    }
  }

  @Override
  public void close() throws InterruptedException {
    consumer.wakeup();
    thread.join(5000);
  }
}
