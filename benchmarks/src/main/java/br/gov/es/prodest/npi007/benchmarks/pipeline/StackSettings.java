package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where the running {@code ./npi007 up} stack is, from the same environment variables it reads:
 * {@code NPI007_STANDALONE_PASSWORD} (required), {@code NPI007_GATEWAY_PORT} (8080),
 * {@code NPI007_KAFKA_PORT} (9092) and the services' ports (for their health).
 */
public record StackSettings(String password, int gatewayPort, int kafkaPort, int incidentServicePort,
    int notificationServicePort, int maintenanceServicePort) {

  /** The settings, or empty when the password is missing (the drivers then say so and stop). */
  public static Optional<StackSettings> from(Map<String, String> environment) {
    String password = environment.get("NPI007_STANDALONE_PASSWORD");
    if (password == null || password.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new StackSettings(password, port(environment, "NPI007_GATEWAY_PORT", 8080),
        port(environment, "NPI007_KAFKA_PORT", 9092), port(environment, "NPI007_INCIDENT_SERVICE_PORT", 8181),
        port(environment, "NPI007_NOTIFICATION_SERVICE_PORT", 8182),
        port(environment, "NPI007_MAINTENANCE_SERVICE_PORT", 8183)));
  }

  /** The settings of this process's environment; exits with 2 and a message when the password is missing. */
  public static StackSettings fromEnvironmentOrExit() {
    return from(System.getenv()).orElseGet(() -> {
      System.err.println("Defina NPI007_STANDALONE_PASSWORD com a senha do ./npi007 up em execução.");
      System.exit(2);
      return null;
    });
  }

  public URI gateway() {
    return URI.create("http://127.0.0.1:" + gatewayPort);
  }

  public String bootstrap() {
    return "127.0.0.1:" + kafkaPort;
  }

  static int port(Map<String, String> environment, String name, int fallback) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }
}
