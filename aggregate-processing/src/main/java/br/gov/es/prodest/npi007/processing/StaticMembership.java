package br.gov.es.prodest.npi007.processing;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * Static group membership for a streams service (issue 16). A restarted instance names itself to the
 * group as the one that died ({@link InstanceIdentity}, kept in its state directory), so when it comes
 * back within the session timeout it takes its own partitions back without a rebalance, and the
 * group never waits for the dead member to time out. Kafka Streams adds each thread's index to the
 * id. A {@code group.instance.id} set by the operator is kept.
 */
@Configuration(proxyBeanMethods = false)
public class StaticMembership {

  @Bean
  StreamsBuilderFactoryBeanConfigurer staticMembership() {
    return factoryBean -> {
      Properties settings = factoryBean.getStreamsConfiguration();
      if (settings == null || settings.getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG) != null) {
        return;
      }
      settings.setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId(settings));
      factoryBean.setStreamsConfiguration(settings);
    };
  }

  /** {@code <application.id>-<this data directory's instance id>}. */
  static String instanceId(Properties settings) {
    String stateDir = settings.getProperty(StreamsConfig.STATE_DIR_CONFIG);
    if (stateDir == null) {
      throw new IllegalStateException("spring.kafka.streams.state-dir is required for static group membership");
    }
    return settings.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + "-" + InstanceIdentity.in(Path.of(stateDir));
  }
}
