package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.schemas.Topics.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records that cannot be decoded or applied, with the reason (in Portuguese) and where they came from. */
final class DeadLetters {

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private DeadLetters() {
  }

  /** The original bytes as a dead letter; the source is the record's own topic, partition and offset. */
  static Record<byte[], Routed> of(ProcessorContext<?, ?> context, Record<byte[], byte[]> record, String reason) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    headers.add(DeadLetterHeaders.REASON, utf8(reason));
    context.recordMetadata().ifPresent(source -> {
      headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(source.topic()));
      headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(String.valueOf(source.partition())));
      headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(String.valueOf(source.offset())));
    });
    log.warn("Registro enviado à fila de mensagens mortas: {}", reason);
    return record.withValue(new Routed(Routed.Lane.DEAD_LETTERS, record.value())).withHeaders(headers);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
