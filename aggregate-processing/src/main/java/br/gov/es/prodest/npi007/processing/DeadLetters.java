package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.schemas.Topics.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a dead letter carries besides the original key and value: the record's own headers, why it
 * was refused (in Portuguese: operators read it) and where it came from (topic, partition, offset).
 */
public final class DeadLetters {

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private DeadLetters() {
  }

  /** The headers of the dead letter of the record being processed; also logs it. */
  public static Headers headers(ProcessorContext<?, ?> context, Headers original, String reason) {
    Headers headers = new RecordHeaders(original.toArray());
    headers.add(DeadLetterHeaders.REASON, utf8(reason));
    String source = context.recordMetadata().map(metadata -> {
      headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(metadata.topic()));
      headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(String.valueOf(metadata.partition())));
      headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(String.valueOf(metadata.offset())));
      return metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset();
    }).orElse("?");
    log.warn("Registro enviado à fila de mensagens mortas ({}): {}", source, reason);
    return headers;
  }

  /** The record's original bytes on the dead-letter lane, with the reason (in Portuguese) and its source. */
  public static <K> Record<K, Routed> of(ProcessorContext<?, ?> context, Record<K, byte[]> record, String reason) {
    return record.withValue(new Routed(Routed.Standard.DEAD_LETTERS, record.value()))
        .withHeaders(headers(context, record.headers(), reason));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
