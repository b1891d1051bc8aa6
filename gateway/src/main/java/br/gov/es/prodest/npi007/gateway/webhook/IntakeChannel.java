package br.gov.es.prodest.npi007.gateway.webhook;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes the intake records of one webhook call and returns only once the broker has acknowledged
 * every one of them (idempotent producer, acks=all): a 202 means the records are stored. A failure
 * is a 503, which the sender retries; the records are keyed so that a retry is the same intake.
 */
public class IntakeChannel {

  private static final Logger log = LoggerFactory.getLogger(IntakeChannel.class);

  /** One record: its key on the topic and its value. */
  public record Intake(String key, SpecificRecord value) {
  }

  private final KafkaTemplate<String, byte[]> template;
  private final Duration ackTimeout;

  public IntakeChannel(KafkaTemplate<String, byte[]> template, Duration ackTimeout) {
    this.template = template;
    this.ackTimeout = ackTimeout;
  }

  public void write(TopicSpec topic, List<Intake> records) {
    try {
      CompletableFuture<?>[] acks = records.stream()
          .map(record -> template.send(new ProducerRecord<>(topic.name(), record.key(),
              AvroCodec.instance().encode(record.value()))))
          .toArray(CompletableFuture[]::new);
      CompletableFuture.allOf(acks).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(topic, e);
    } catch (KafkaException | ExecutionException | TimeoutException e) {
      throw unavailable(topic, e);
    }
  }

  private static ApiProblem unavailable(TopicSpec topic, Exception cause) {
    log.warn("Falha ao gravar a entrada no tópico {}: {}", topic.name(), cause.toString());
    return ApiProblem.serviceUnavailable("INTAKE_UNAVAILABLE",
        "Não foi possível registrar o evento agora; reenvie-o em instantes (o reenvio não o duplica).", cause);
  }
}
