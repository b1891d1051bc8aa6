package br.gov.es.prodest.npi007.testing.kafka;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import java.util.Map;

/**
 * Points a Spring test context at the {@link SharedKafkaBroker}:
 * {@code @ContextConfiguration(initializers = SharedKafkaBrokerInitializer.class)}.
 */
public class SharedKafkaBrokerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sharedKafkaBroker",
        Map.of("spring.kafka.bootstrap-servers", SharedKafkaBroker.bootstrapServers())));
  }
}
