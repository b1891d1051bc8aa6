package br.gov.es.prodest.npi007.gateway.command;

import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.GenericMessageListenerContainer;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;

/**
 * The request/reply template of a result topic, observed (its records carry the request's trace).
 * With observation on, spring-kafka asks the context's KafkaAdmin for the cluster id on each send
 * until one answer arrives; with the broker down that blocks the request thread for the admin's
 * operation timeout (30 s) and logs an ERROR per command. The span does not need it.
 *
 * <p>Results of commands nobody waits for are not written at all (the services answer only a command
 * that carries the correlation header, {@code AggregateProcessor}), so every result here is someone's.
 */
class CommandReplies<V, R> extends ReplyingKafkaTemplate<String, V, R> {

  CommandReplies(ProducerFactory<String, V> producers, GenericMessageListenerContainer<String, R> replies) {
    super(producers, replies);
  }

  @Override
  protected String clusterId() {
    return null;
  }
}
