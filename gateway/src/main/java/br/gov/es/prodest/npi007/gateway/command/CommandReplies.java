package br.gov.es.prodest.npi007.gateway.command;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.GenericMessageListenerContainer;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;

/**
 * The request/reply template of a shared result topic. The owning services also write there the
 * results of commands no gateway sent (the webhooks' intake, the services' own timers): those
 * carry no correlation header, and spring-kafka would log each one as an ERROR ("No
 * correlationId found"). They are nobody's answer, so they are skipped here at DEBUG; a result
 * of a command the gateway did send always carries the header, and one that went missing still
 * surfaces as that command's COMMAND_TIMEOUT.
 *
 * <p>With observation on, spring-kafka asks the context's KafkaAdmin for the cluster id on each
 * send until one answer arrives; with the broker down that blocks the request thread for the
 * admin's operation timeout (30 s) and logs an ERROR per command. The span does not need it.
 */
class CommandReplies<V, R> extends ReplyingKafkaTemplate<String, V, R> {

  private static final Logger log = LoggerFactory.getLogger(CommandReplies.class);

  CommandReplies(ProducerFactory<String, V> producers, GenericMessageListenerContainer<String, R> replies) {
    super(producers, replies);
  }

  @Override
  protected String clusterId() {
    return null;
  }

  @Override
  public void onMessage(List<ConsumerRecord<String, R>> data) {
    List<ConsumerRecord<String, R>> answers = data.stream()
        .filter(record -> record.headers().lastHeader(getCorrelationHeaderName()) != null)
        .toList();
    if (answers.size() < data.size()) {
      log.debug("{} resultado(s) sem correlação ignorados: comandos que nenhum gateway enviou",
          data.size() - answers.size());
    }
    if (!answers.isEmpty()) {
      super.onMessage(answers);
    }
  }
}
