package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** UP while the Kafka cluster answers; the service is of no use without it. */
@Component("kafka")
class KafkaClusterHealthIndicator implements HealthIndicator {

  private static final int TIMEOUT_MS = 3_000;

  private final AdminClient admin;

  KafkaClusterHealthIndicator(KafkaAdmin kafkaAdmin) {
    this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
  }

  @Override
  public Health health() {
    try {
      String clusterId = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
          .clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
      return Health.up().withDetail("clusterId", clusterId).build();
    } catch (Exception e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
