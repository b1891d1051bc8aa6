package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.schemas.Topics.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records the aggregate cannot decode or apply, with the reason (in Portuguese) and where they came from. */
final class DeadLetters {

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private DeadLetters() {
  }

  static Record<String, Routed> of(ProcessorContext<?, ?> context, Record<String, byte[]> record, String reason) {
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

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
