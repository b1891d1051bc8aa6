package br.gov.es.prodest.npi007.processing;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.schemas.Topics.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

  @Test
  void keepsTheRecordsHeadersAndAddsTheReasonAndTheSource() {
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    context.setRecordMetadata("npi007.incident.commands", 3, 42L);
    Headers original = new RecordHeaders().add("kafka_correlationId", new byte[] {1, 2});

    Headers headers = DeadLetters.headers(context, original, "não é um comando de incidente");

    assertThat(headers.lastHeader("kafka_correlationId").value()).containsExactly(1, 2);
    assertThat(text(headers, DeadLetterHeaders.REASON)).isEqualTo("não é um comando de incidente");
    assertThat(text(headers, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("npi007.incident.commands");
    assertThat(text(headers, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("3");
    assertThat(text(headers, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("42");
    assertThat(original.lastHeader(DeadLetterHeaders.REASON)).as("the original is left as it was").isNull();
  }

  private static String text(Headers headers, String name) {
    return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
