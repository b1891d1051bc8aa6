package br.gov.es.prodest.npi007.gateway.status.subscription;

import br.gov.es.prodest.npi007.gateway.operations.KafkaInstrumentation;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;

@Configuration(proxyBeanMethods = false)
class SubscriptionConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionConfiguration.class);

  /**
   * Empty without a secret: no token could be verified, so the subscription pages answer 503 (the
   * gateway still starts; the standalone passes one, shared with the notification-service).
   */
  @Bean
  SubscriptionFeature subscriptionFeature(@Value("${npi007.status.subscription-secret:}") String secret) {
    if (secret == null || secret.isEmpty()) {
      log.warn("A configuração npi007.status.subscription-secret (NPI007_SUBSCRIPTION_SECRET) está vazia: "
          + "as assinaturas de atualizações por e-mail ficam indisponíveis.");
      return new SubscriptionFeature(Optional.empty());
    }
    return new SubscriptionFeature(Optional.of(new SubscriptionTokens(secret)));
  }

  @Bean
  SubscriptionAbuseLimits subscriptionAbuseLimits(Clock clock) {
    return new SubscriptionAbuseLimits(clock);
  }

  @Bean
  SubscriptionWriter subscriptionWriter(@Qualifier("intakeProducerFactory") ProducerFactory<String, byte[]> producers,
      Clock clock, KafkaInstrumentation instrumentation) {
    return new SubscriptionWriter(instrumentation.template(producers), clock);
  }

  /** The tokens, when the secret is set. */
  record SubscriptionFeature(Optional<SubscriptionTokens> tokens) {
  }
}
