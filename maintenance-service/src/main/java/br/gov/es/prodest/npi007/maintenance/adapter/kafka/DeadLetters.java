package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Records that cannot be decoded or applied, on their way to the service's dead-letter topic. */
final class DeadLetters {

  private DeadLetters() {
  }

  /** The original bytes as a dead letter, with the reason (in Portuguese) and the record's source. */
  static Record<byte[], Routed> of(ProcessorContext<?, ?> context, Record<byte[], byte[]> record, String reason) {
    return record.withValue(new Routed(Routed.Lane.DEAD_LETTERS, record.value()))
        .withHeaders(br.gov.es.prodest.npi007.processing.DeadLetters.headers(context, record.headers(), reason));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
