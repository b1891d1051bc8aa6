package br.gov.es.prodest.npi007.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The readiness check against a real broker, and against a port where no broker listens. */
class KafkaBrokerHealthIndicatorTest {

  private static final OperationsProperties PROPERTIES =
      new OperationsProperties("npi007-", Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(1),
          Duration.ofSeconds(5));

  @Test
  void up_while_the_broker_answers() {
    try (Admin admin = admin(SharedKafkaBroker.bootstrapServers())) {
      assertThat(new KafkaBrokerHealthIndicator(admin, PROPERTIES).health().getStatus()).isEqualTo(Status.UP);
    }
  }

  @Test
  void down_when_no_broker_answers() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Admin admin = admin("127.0.0.1:" + closedPort)) {
      assertThat(new KafkaBrokerHealthIndicator(admin, PROPERTIES).health().getStatus()).isEqualTo(Status.DOWN);
    }
  }

  private static Admin admin(String bootstrap) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1000));
  }
}
