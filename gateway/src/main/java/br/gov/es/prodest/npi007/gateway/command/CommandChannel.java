package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.requestreply.KafkaReplyTimeoutException;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import org.springframework.kafka.requestreply.RequestReplyFuture;

/**
 * Sends a command to the topic of its aggregate, keyed by the aggregate id, and completes with the
 * owning service's {@link CommandResult} (spring-kafka request/reply; the correlation header
 * comes back on the result). No result in time, or no broker, is a 503 problem. Asynchronous, so
 * that a command waiting on Kafka holds no servlet thread (issue 10).
 */
public class CommandChannel {

  private static final Logger log = LoggerFactory.getLogger(CommandChannel.class);
  /** The template times the reply out itself; this only guards against a future never completed. */
  private static final Duration GRACE = Duration.ofSeconds(5);

  private final ReplyingKafkaTemplate<String, byte[], CommandResult> template;
  private final TopicSpec topic;
  private final Duration replyTimeout;

  public CommandChannel(ReplyingKafkaTemplate<String, byte[], CommandResult> template, TopicSpec topic,
      Duration replyTimeout) {
    this.template = template;
    this.topic = topic;
    this.replyTimeout = replyTimeout;
  }

  /**
   * The result of the command, accepted or rejected, once the owning service answers. No request
   * thread waits for it: the future completes on the reply consumer's thread (or as a 503 problem).
   */
  public CompletableFuture<CommandResult> send(String aggregateId, SpecificRecord command) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topic.name(), aggregateId, AvroCodec.instance().encode(command));
    RequestReplyFuture<String, byte[], CommandResult> future;
    // one line per command, with the request's trace id (Boot's log correlation): where a report's trace starts
    log.info("Comando {} enviado a {} na chave {}", command.getSchema().getName(), topic.name(), aggregateId);
    try {
      future = template.sendAndReceive(record, replyTimeout);
    } catch (KafkaException e) {
      return CompletableFuture.failedFuture(unavailable(e));
    }
    return future
        .orTimeout(replyTimeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)
        .handle((reply, error) -> {
          if (error == null) {
            return reply.value();
          }
          throw problem(aggregateId, future, error instanceof CompletionException ? error.getCause() : error);
        });
  }

  private ApiProblem problem(String aggregateId, RequestReplyFuture<?, ?, ?> future, Throwable error) {
    if (sendFailed(future)) {
      return unavailable(error);
    }
    if (error instanceof KafkaReplyTimeoutException || error instanceof TimeoutException) {
      log.warn("Sem resposta ao comando na chave {} em {}", aggregateId, replyTimeout);
      return ApiProblem.serviceUnavailable("COMMAND_TIMEOUT",
          "O serviço responsável não respondeu ao comando a tempo; repita a requisição com o mesmo "
              + "Idempotency-Key para não duplicá-la.", error);
    }
    return unavailable(error);
  }

  /** True once the reply consumer has its partitions: no result of a command sent from now on is missed. */
  boolean repliesAssigned() throws InterruptedException {
    return template.waitForAssignment(Duration.ZERO);
  }

  private static boolean sendFailed(RequestReplyFuture<?, ?, ?> future) {
    return future.getSendFuture() != null && future.getSendFuture().isCompletedExceptionally();
  }

  private static ApiProblem unavailable(Throwable cause) {
    log.warn("Falha ao enviar comando ao Kafka: {}", cause.toString());
    return ApiProblem.serviceUnavailable("COMMAND_BUS_UNAVAILABLE",
        "Não foi possível entregar o comando agora; tente novamente em instantes.", cause);
  }
}
