package br.gov.es.prodest.npi007.gateway.webhook;

import br.gov.es.prodest.npi007.gateway.operations.KafkaInstrumentation;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;

/** The producer of the intake topics the webhooks write (the gateway is their only writer). */
@Configuration(proxyBeanMethods = false)
class WebhookKafkaConfiguration {

  /** The producer's own delivery timeout (application.yml) is 10 s; this only bounds the wait for it. */
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

  /** Idempotent and acks=all whatever the shared producer settings say: a 202 promises the records are stored. */
  @Bean
  ProducerFactory<String, byte[]> intakeProducerFactory(KafkaProperties kafka, KafkaInstrumentation instrumentation) {
    Map<String, Object> properties = kafka.buildProducerProperties();
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    return instrumentation.measured(
        new DefaultKafkaProducerFactory<>(properties, new StringSerializer(), new ByteArraySerializer()));
  }

  @Bean
  IntakeChannel intakeChannel(ProducerFactory<String, byte[]> intakeProducerFactory,
      KafkaInstrumentation instrumentation) {
    // observed: a webhook call without a traceparent starts a new trace, which the records carry
    return new IntakeChannel(instrumentation.template(intakeProducerFactory), ACK_TIMEOUT);
  }

}
