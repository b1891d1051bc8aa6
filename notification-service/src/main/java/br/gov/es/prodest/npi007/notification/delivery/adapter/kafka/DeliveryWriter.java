package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import br.gov.es.prodest.npi007.processing.ProcessingMeters;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.processing.RecordTracing;
import java.util.function.Function;

/**
 * Writes delivery events in one Kafka transaction with the consumer's position and group
 * metadata: the commit succeeds only while this process still owns the partitions, so a process
 * that lost them (a zombie) cannot record, and so cannot make, an attempt.
 */
final class DeliveryWriter implements AutoCloseable {

  /** A record for this service's dead-letter topic: the original bytes, the headers say why. */
  record DeadLetter(byte[] key, byte[] value, Headers headers) {
  }

  private final AvroCodec codec = AvroCodec.instance();
  private final KafkaProducer<String, byte[]> producer;
  private final RecordTracing tracing;
  private final ProcessingMeters meters;

  DeliveryWriter(KafkaProducer<String, byte[]> producer) {
    this(producer, ProcessingTelemetry.unobserved());
  }

  /** @param telemetry each delivery event continues its notification's trace; dead letters are counted */
  DeliveryWriter(KafkaProducer<String, byte[]> producer, ProcessingTelemetry telemetry) {
    this.producer = producer;
    this.tracing = telemetry.tracing();
    this.meters = telemetry.meters();
    producer.initTransactions();
  }

  /**
   * Commits the events (each on its notification's partition) and dead letters; throws when the
   * transaction could not commit, in which case nothing of it is visible.
   */
  void commit(Map<String, Integer> partitionOf, List<DeliveryEvent> events, List<DeadLetter> deadLetters,
      Map<TopicPartition, OffsetAndMetadata> positions, ConsumerGroupMetadata group) {
    commit(partitionOf, events, deadLetters, positions, group, id -> new RecordHeaders());
  }

  /**
   * As above; each event's record carries the trace context of a child span of its notification's
   * ({@code traceOf}: the notification id's last trace headers).
   */
  void commit(Map<String, Integer> partitionOf, List<DeliveryEvent> events, List<DeadLetter> deadLetters,
      Map<TopicPartition, OffsetAndMetadata> positions, ConsumerGroupMetadata group,
      Function<String, Headers> traceOf) {
    producer.beginTransaction();
    try {
      for (DeliveryEvent event : events) {
        String key = event.message().notificationId();
        byte[] value = codec.encode(DeliveryWire.toAvro(event));
        Headers trace = traceOf.apply(key);
        try (RecordTracing.Work work = tracing.open(trace,
            "notification record " + event.getClass().getSimpleName())) {
          producer.send(new ProducerRecord<>(Topics.DELIVERIES.name(), partitionOf.get(key), key, value,
              tracing.stamp(trace)));
        }
        if (event instanceof DeliveryDeadLettered) {
          producer.send(new ProducerRecord<>(Topics.DELIVERY_DEAD_LETTERS.name(), key, value));
        }
      }
      for (DeadLetter letter : deadLetters) {
        producer.send(new ProducerRecord<>(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name(), null,
            letter.key() == null ? null : new String(letter.key(), java.nio.charset.StandardCharsets.UTF_8),
            letter.value(), letter.headers()));
      }
      producer.sendOffsetsToTransaction(positions, group);
      producer.commitTransaction();
      // counted once committed: an aborted transaction's dead letters are written (and counted) by the next
      events.stream().filter(DeliveryDeadLettered.class::isInstance)
          .forEach(event -> meters.deadLettered(Topics.DELIVERY_DEAD_LETTERS.name()));
      deadLetters.forEach(letter -> meters.deadLettered(Topics.NOTIFICATION_SERVICE_DEAD_LETTERS.name()));
    } catch (RuntimeException e) {
      abortQuietly(e);
      throw e;
    }
  }

  private void abortQuietly(RuntimeException cause) {
    try {
      producer.abortTransaction();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
