package br.gov.es.prodest.npi007.testing.kafka;

import java.util.Locale;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The shared broker in a Testcontainers container ({@code apache/kafka}, the version our clients
 * are), for {@code mvn verify -Ptestcontainers} on a machine with a Docker engine. Without one,
 * {@link DockerForKafka} skips the tests and says why: the in-JVM broker stays the default.
 */
final class ContainerKafka {

  /** The same Kafka as the clients and the in-JVM broker (Spring Boot's BOM). */
  static final String IMAGE = "apache/kafka:4.1.2";

  private ContainerKafka() {
  }

  static boolean requested() {
    return "testcontainers".equals(System.getProperty(SharedKafkaBroker.KIND, "embedded").strip().toLowerCase(Locale.ROOT));
  }

  static boolean dockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  static String start(Map<String, String> settings) {
    if (!dockerAvailable()) {
      throw new IllegalStateException(DockerForKafka.NO_DOCKER);
    }
    KafkaContainer container = new KafkaContainer(IMAGE);
    // the image reads broker settings from KAFKA_* variables: dots become underscores
    settings.forEach((name, value) -> container.withEnv("KAFKA_" + name.toUpperCase(Locale.ROOT).replace('.', '_'), value));
    container.start();
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "shared-kafka-container-stop"));
    return container.getBootstrapServers();
  }
}
