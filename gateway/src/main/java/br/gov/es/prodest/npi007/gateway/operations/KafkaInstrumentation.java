package br.gov.es.prodest.npi007.gateway.operations;

import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

/**
 * What the gateway's own Kafka factories and templates need to be seen: Boot's customizers (the
 * Kafka client metrics listeners) on factories we build ourselves, and the observation registry on
 * templates, so that every record we send carries the W3C {@code traceparent} of the current span
 * (spring-kafka's template observation; the tracing bridge writes the header).
 */
@Component
public class KafkaInstrumentation {

  private final ObservationRegistry observations;
  private final List<DefaultKafkaProducerFactoryCustomizer> producerCustomizers;
  private final List<DefaultKafkaConsumerFactoryCustomizer> consumerCustomizers;

  KafkaInstrumentation(ObjectProvider<ObservationRegistry> observations,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producerCustomizers,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumerCustomizers) {
    this.observations = observations.getIfUnique(() -> ObservationRegistry.NOOP);
    this.producerCustomizers = producerCustomizers.orderedStream().toList();
    this.consumerCustomizers = consumerCustomizers.orderedStream().toList();
  }

  /** A template that opens a child span per send and writes its {@code traceparent} on the record. */
  public <K, V, T extends KafkaTemplate<K, V>> T observed(T template) {
    template.setObservationEnabled(true);
    template.setObservationRegistry(observations);
    return template;
  }

  /** A new observed template on the factory. */
  public <K, V> KafkaTemplate<K, V> template(ProducerFactory<K, V> producers) {
    return observed(new KafkaTemplate<>(producers));
  }

  public <K, V> DefaultKafkaProducerFactory<K, V> measured(DefaultKafkaProducerFactory<K, V> producers) {
    producerCustomizers.forEach(customizer -> customizer.customize(producers));
    return producers;
  }

  public <K, V> DefaultKafkaConsumerFactory<K, V> measured(DefaultKafkaConsumerFactory<K, V> consumers) {
    consumerCustomizers.forEach(customizer -> customizer.customize(consumers));
    return consumers;
  }
}
