package br.gov.es.prodest.npi007.notification.metrics;

import br.gov.es.prodest.npi007.notification.delivery.adapter.kafka.DeliveryObserver;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.RenderingObserver;
import br.gov.es.prodest.npi007.notification.tracking.application.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain meters, on the registry Boot's actuator provides; the rendering and the delivery engine tell them. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

  @Bean
  RenderingObserver renderedMessagesCounter(MeterRegistry registry) {
    return new RenderedMessagesCounter(registry);
  }

  @Bean
  DeliveryObserver deliveryMeters(MeterRegistry registry) {
    return new DeliveryMeters(registry);
  }

  @Bean
  OutboxPendingGauge outboxPendingGauge(Outbox outbox) {
    return new OutboxPendingGauge(outbox);
  }
}
