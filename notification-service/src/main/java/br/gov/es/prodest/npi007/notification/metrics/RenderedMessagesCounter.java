package br.gov.es.prodest.npi007.notification.metrics;

import br.gov.es.prodest.npi007.notification.message.adapter.kafka.RenderingObserver;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code npi007.messages.rendered{message}}: each message the rendering task forwards, counted there,
 * where its id is first seen (the task's changelogged store of rendered ids, written in the same
 * exactly-once transaction). A store restored or a record re-read renders nothing, so counts
 * nothing; only a transaction that aborts and is processed again counts its messages twice. The
 * outbox's replay is not the place: it runs again on a rebuild, and in every instance.
 */
final class RenderedMessagesCounter implements RenderingObserver {

  static final String NAME = "npi007.messages.rendered";

  private final MeterRegistry registry;

  RenderedMessagesCounter(MeterRegistry registry) {
    this.registry = registry;
    // every series from zero, so that a first rendering is an increase
    for (MessageTemplate message : MessageTemplate.values()) {
      counter(message.id());
    }
  }

  @Override
  public void rendered(Notification notification) {
    counter(notification.rendered().message().id()).increment();
  }

  private Counter counter(String messageId) {
    return Counter.builder(NAME).description("Mensagens da norma renderizadas").tag("message", messageId)
        .register(registry);
  }
}
