package br.gov.es.prodest.npi007.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a standalone stack needs to start: where its data lives, its ports, the gateway's secrets
 * that were configured (the others are generated per start), where the services' runnable jars are, how long the services
 * may take to become healthy, extra environment for the services (e.g. a test's SMTP server), and
 * the log directory when one is configured ({@code NPI007_LOG_DIR}; null: {@link #logDir()}'s default),
 * and JVM options for the services on top of the launcher's ({@code NPI007_SERVICE_JVM_OPTIONS},
 * separated by blanks; a later option wins, e.g. {@code -XX:TieredStopAtLevel=4} brings C2 back).
 */
public record StandaloneSettings(Path dataDir, Ports ports, Map<GatewaySecret, String> secrets,
    Path servicesDir, Duration startupTimeout, Map<String, String> serviceEnvironment, Path configuredLogDir,
    List<String> serviceJvmOptions) {

  public static final String SERVICES_DIR_PROPERTY = "npi007.services.dir";
  private static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(180);

  public StandaloneSettings {
    dataDir = dataDir.toAbsolutePath().normalize();
    servicesDir = servicesDir.toAbsolutePath().normalize();
    serviceEnvironment = Map.copyOf(serviceEnvironment);
    secrets = secrets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(secrets));
    configuredLogDir = configuredLogDir == null ? null : configuredLogDir.toAbsolutePath().normalize();
    serviceJvmOptions = List.copyOf(serviceJvmOptions);
  }

  /** The settings of docs/CONTRACTS.md from this process's environment and system properties. */
  public static StandaloneSettings fromEnvironment() {
    return fromEnvironment(System.getenv(), System.getProperty(SERVICES_DIR_PROPERTY));
  }

  static StandaloneSettings fromEnvironment(Map<String, String> env, String servicesDir) {
    return new StandaloneSettings(
        Path.of(nonBlank(env.get("NPI007_DATA_DIR")).orElse("./data")),
        Ports.fromEnvironment(env),
        configuredSecrets(env),
        Path.of(nonBlank(servicesDir).orElse("standalone/target/services")),
        DEFAULT_STARTUP_TIMEOUT,
        Map.of(),
        nonBlank(env.get("NPI007_LOG_DIR")).map(Path::of).orElse(null),
        nonBlank(env.get("NPI007_SERVICE_JVM_OPTIONS")).map(options -> List.of(options.strip().split("\\s+"))).orElse(List.of()));
  }

  /**
   * Where the services' log files go, and the launcher's (its logback.xml follows the same rule):
   * NPI007_LOG_DIR, or {@code logs} in the data directory (issue 16).
   */
  public Path logDir() {
    return configuredLogDir != null ? configuredLogDir : dataDir.resolve("logs");
  }

  public StandaloneSettings withDataDir(Path newDataDir) {
    return new StandaloneSettings(newDataDir, ports, secrets, servicesDir, startupTimeout,
        serviceEnvironment, configuredLogDir, serviceJvmOptions);
  }

  public StandaloneSettings withPorts(Ports newPorts) {
    return new StandaloneSettings(dataDir, newPorts, secrets, servicesDir, startupTimeout,
        serviceEnvironment, configuredLogDir, serviceJvmOptions);
  }

  public StandaloneSettings withPassword(String newPassword) {
    return withSecret(GatewaySecret.STANDALONE_PASSWORD, newPassword);
  }

  public StandaloneSettings withSecret(GatewaySecret secret, String value) {
    Map<GatewaySecret, String> newSecrets = new EnumMap<>(GatewaySecret.class);
    newSecrets.putAll(secrets);
    newSecrets.put(secret, value);
    return new StandaloneSettings(dataDir, ports, newSecrets, servicesDir, startupTimeout,
        serviceEnvironment, configuredLogDir, serviceJvmOptions);
  }

  /** The users' password, when configured. */
  public Optional<String> password() {
    return Optional.ofNullable(secrets.get(GatewaySecret.STANDALONE_PASSWORD));
  }

  public StandaloneSettings withServicesDir(Path newServicesDir) {
    return new StandaloneSettings(dataDir, ports, secrets, newServicesDir, startupTimeout,
        serviceEnvironment, configuredLogDir, serviceJvmOptions);
  }

  public StandaloneSettings withServiceEnvironment(Map<String, String> environment) {
    return new StandaloneSettings(dataDir, ports, secrets, servicesDir, startupTimeout,
        environment, configuredLogDir, serviceJvmOptions);
  }

  public Path kafkaLogDir() {
    return dataDir.resolve("kafka");
  }

  private static Map<GatewaySecret, String> configuredSecrets(Map<String, String> env) {
    Map<GatewaySecret, String> configured = new EnumMap<>(GatewaySecret.class);
    for (GatewaySecret secret : GatewaySecret.values()) {
      nonBlank(env.get(secret.variable())).ifPresent(value -> configured.put(secret, value));
    }
    return configured;
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
