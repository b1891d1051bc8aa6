package br.gov.es.prodest.npi007.testing.kafka;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node KRaft broker, started in this JVM on first use and shared by every test of
 * the JVM, then stopped when the JVM exits. Settings are those of production where they matter:
 * no topic auto-creation, transactions available on a single node.
 */
public final class SharedKafkaBroker {

  private static EmbeddedKafkaKraftBroker broker;

  private SharedKafkaBroker() {
  }

  /** The broker's bootstrap servers, starting it if this is the first call. */
  public static synchronized String bootstrapServers() {
    if (broker == null) {
      EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
      started.brokerProperties(Map.of(
          "auto.create.topics.enable", "false",
          "offsets.topic.replication.factor", "1",
          "transaction.state.log.replication.factor", "1",
          "transaction.state.log.min.isr", "1",
          "group.initial.rebalance.delay.ms", "0"));
      started.afterPropertiesSet();
      Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "shared-kafka-broker-stop"));
      broker = started;
    }
    return broker.getBrokersAsString();
  }
}
