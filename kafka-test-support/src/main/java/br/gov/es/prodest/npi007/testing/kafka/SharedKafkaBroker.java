package br.gov.es.prodest.npi007.testing.kafka;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node KRaft broker, started on first use and shared by every test of the JVM, then
 * stopped when the JVM exits: in this JVM by default, or in a container under
 * {@code -Ptestcontainers} ({@link ContainerKafka}). Settings are those of production where they
 * matter: no topic auto-creation, transactions available on a single node.
 */
public final class SharedKafkaBroker {

  /** The system property that picks the broker: {@code embedded} (default) or {@code testcontainers}. */
  public static final String KIND = "npi007.test.kafka";
  static final Map<String, String> SETTINGS = Map.of(
      "auto.create.topics.enable", "false",
      "offsets.topic.replication.factor", "1",
      "transaction.state.log.replication.factor", "1",
      "transaction.state.log.min.isr", "1",
      "group.initial.rebalance.delay.ms", "0");

  private static String bootstrapServers;

  private SharedKafkaBroker() {
  }

  /** The broker's bootstrap servers, starting it if this is the first call. */
  public static synchronized String bootstrapServers() {
    if (bootstrapServers == null) {
      bootstrapServers = ContainerKafka.requested() ? ContainerKafka.start(SETTINGS) : startEmbedded();
    }
    return bootstrapServers;
  }

  /**
   * A broker of a test's own, real and in this JVM, with the shared one's settings: for a test whose
   * records the services on the shared broker must not see. The test destroys it.
   */
  public static EmbeddedKafkaKraftBroker startOwn() {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
    broker.brokerProperties(SETTINGS);
    broker.afterPropertiesSet();
    return broker;
  }

  private static String startEmbedded() {
    EmbeddedKafkaKraftBroker started = startOwn();
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "shared-kafka-broker-stop"));
    return started.getBrokersAsString();
  }
}
