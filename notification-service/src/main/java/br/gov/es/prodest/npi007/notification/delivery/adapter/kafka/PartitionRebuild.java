package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.NotificationWire;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery state of every notification of one partition, rebuilt from offset zero of the
 * notifications and deliveries topics (committed records only, up to the end as of now): the
 * topics alone say what was started, what ended and how.
 */
class PartitionRebuild {

  private static final Logger log = LoggerFactory.getLogger(PartitionRebuild.class);
  private static final Duration POLL = Duration.ofMillis(100);

  private final Map<String, Object> settings;
  private final AvroCodec codec = AvroCodec.instance();

  PartitionRebuild(Map<String, Object> clientSettings) {
    Map<String, Object> settings = new HashMap<>(clientSettings);
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    this.settings = settings;
  }

  /** The partition's notifications, and the notifications topic's end offset they were read up to. */
  record Rebuilt(Map<String, DeliveryState> states, long notificationsEnd) {
  }

  Rebuilt rebuild(int partition) {
    Map<String, DeliveryState> states = new HashMap<>();
    long end = read(Topics.NOTIFICATIONS, partition, (key, record) ->
        states.merge(key, DeliveryState.NONE.after(NotificationWire.toEvent(record)),
            (before, ignored) -> before.after(NotificationWire.toEvent(record))));
    read(Topics.DELIVERIES, partition, (key, record) ->
        states.merge(key, DeliveryState.NONE.after(DeliveryWire.toEvent(record)),
            (before, ignored) -> before.after(DeliveryWire.toEvent(record))));
    log.info("Entregas: partição {} reconstruída a partir do início ({} notificações)", partition, states.size());
    return new Rebuilt(states, end);
  }

  private long read(TopicSpec topic, int partition, BiConsumer<String, org.apache.avro.specific.SpecificRecord> apply) {
    TopicPartition assigned = new TopicPartition(topic.name(), partition);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
      consumer.assign(List.of(assigned));
      consumer.seekToBeginning(List.of(assigned));
      long end = consumer.endOffsets(List.of(assigned)).get(assigned);
      while (consumer.position(assigned) < end) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (record.offset() < end) {
            applyOne(record, apply);
          }
        }
      }
      return end;
    }
  }

  private void applyOne(ConsumerRecord<byte[], byte[]> record,
      BiConsumer<String, org.apache.avro.specific.SpecificRecord> apply) {
    try {
      apply.accept(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8), codec.decode(record.value()));
    } catch (UndecodableRecordException e) {
      log.error("Entregas: registro ilegível ignorado em {}-{}@{}: {}", record.topic(), record.partition(),
          record.offset(), e.getMessage());
    }
  }
}
