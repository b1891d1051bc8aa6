package br.gov.es.prodest.npi007.gateway.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The broker answers a {@code describeCluster} within {@code broker-check-timeout}. Part of the readiness
 * group only ({@link ReadinessOnlyHealth}); the answer is reused for {@code broker-cache-ttl} so
 * that probes do not each cost a broker round trip.
 */
@Component("kafkaBroker")
class KafkaBrokerHealthIndicator implements HealthIndicator {

  private record Checked(Instant at, Health health) {
  }

  private final Admin admin;
  private final OperationsProperties properties;
  private final Clock clock = Clock.systemUTC();
  private volatile Checked last;

  KafkaBrokerHealthIndicator(@Qualifier("operationsAdmin") Admin admin, OperationsProperties properties) {
    this.admin = admin;
    this.properties = properties;
  }

  @Override
  public Health health() {
    Checked checked = last;
    Instant now = clock.instant();
    if (checked == null || !now.isBefore(checked.at().plus(properties.brokerCacheTtl()))) {
      checked = new Checked(now, check());
      last = checked;
    }
    return checked.health();
  }

  private Health check() {
    long timeout = properties.brokerCheckTimeout().toMillis();
    try {
      String cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout)).clusterId()
          .get(timeout, TimeUnit.MILLISECONDS);
      return Health.up().withDetail("clusterId", cluster).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down().withDetail("error", "interrompido").build();
    } catch (ExecutionException | TimeoutException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
