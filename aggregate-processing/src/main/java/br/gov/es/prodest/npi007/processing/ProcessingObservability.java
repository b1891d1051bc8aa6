package br.gov.es.prodest.npi007.processing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * What each streams service imports to be observed (issue 13): the telemetry its processors
 * receive (the registry's meters, Boot's tracer and W3C propagator; no spans without them) and the
 * readiness probe. The service names its processing health indicator {@code processingReadiness}.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingObservability {

  @Bean
  ProcessingTelemetry processingTelemetry(MeterRegistry registry, ObjectProvider<Tracer> tracer,
      ObjectProvider<Propagator> propagator) {
    return new ProcessingTelemetry(new ProcessingMeters(registry),
        new RecordTracing(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP)));
  }

  @Bean
  ProcessingAvailability processingAvailability(ApplicationEventPublisher publisher,
      ApplicationAvailability availability, StreamsBuilderFactoryBean streams,
      @Qualifier("processingReadiness") HealthIndicator processing, KafkaAdmin admin) {
    return new ProcessingAvailability(publisher, availability, streams, processing, admin.getConfigurationProperties());
  }
}
