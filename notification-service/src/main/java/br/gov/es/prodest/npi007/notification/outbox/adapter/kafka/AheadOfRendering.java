package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The time ASCOM's commands and the delivery events are taken in by the notification aggregate's
 * task: {@link #LEAD} before their own, so that they go ahead of the incident and maintenance events
 * still waiting to be rendered there.
 *
 * <p>A Kafka Streams task takes, from the partitions it has records buffered for, the record with the
 * lowest timestamp. After the service starts again (or falls behind), the events that came while it
 * was away are older than ASCOM's next approval, which then waited until every one of them was
 * rendered (1 to 3.7 s after a restart in the fault suite). Nothing a command or a delivery decides
 * depends on a rendering still waiting: a command or a delivery names a notification that was opened,
 * and so rendered, before it was written. The commands and the deliveries keep their order between
 * them (the same lead for both), so "posted by hand" is still decided knowing the deliveries written
 * before it. A record goes ahead once it is in the task's buffer: the service's main consumer takes a
 * few records a poll and a few kB a fetch (application.yml), so a new command gets there soon.
 *
 * <p>The processor puts the real time back ({@link #restored}) before it decides, so the events, the
 * result and a dead letter keep the command's or the delivery's own timestamp. Kafka Streams' own
 * end-to-end latency meter of these two source nodes reads the lead too.
 */
final class AheadOfRendering implements TimestampExtractor {

  /** Longer than any rendering backlog is expected to wait; an older backlog goes first again, as before. */
  static final long LEAD = Duration.ofDays(365).toMillis();

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    // Streams drops a record whose extracted time is negative: one stamped before 1971 keeps its place, at 0
    return Math.max(record.timestamp() - LEAD, 0);
  }

  /** The record with its own timestamp back (one stamped before 1971 comes back at {@link #LEAD}). */
  static <K, V> Record<K, V> restored(Record<K, V> record) {
    return record.withTimestamp(record.timestamp() + LEAD);
  }
}
