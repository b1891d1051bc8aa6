package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Records the notification aggregate cannot decode or apply, on their way to the dead-letter topic. */
final class DeadLetters {

  private DeadLetters() {
  }

  /** The original bytes as a dead letter, with the reason (in Portuguese) and the record's source. */
  static Record<String, Routed> of(ProcessorContext<?, ?> context, Record<String, byte[]> record, String reason) {
    return record.withValue(new Routed(Routed.Lane.DEAD_LETTERS, record.value()))
        .withHeaders(br.gov.es.prodest.npi007.processing.DeadLetters.headers(context, record.headers(), reason));
  }
}
