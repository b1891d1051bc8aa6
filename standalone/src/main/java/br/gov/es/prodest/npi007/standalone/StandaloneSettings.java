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
 * separated by blanks; a later option wins, e.g. {@code -XX:TieredStopAtLevel=4} brings C2 back),
 * and how many nice levels a service drops once it is UP ({@code NPI007_SERVICE_NICENESS}, 0 to 19, 5
 * by default, 0 turns it off), so that one starting again runs above those serving (issue 16).
 */
public record StandaloneSettings(Path dataDir, Ports ports, Map<GatewaySecret, String> secrets,
    Path servicesDir, Duration startupTimeout, Map<String, String> serviceEnvironment, Path configuredLogDir,
    List<String> serviceJvmOptions, int serviceNiceness) {

  public static final String SERVICES_DIR_PROPERTY = "npi007.services.dir";
  private static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(180);
  static final String NICENESS_VARIABLE = "NPI007_SERVICE_NICENESS";
  /** Weight 335 against 1024 at nice 0 (the Linux scheduler's table): a third of the CPU share per thread. */
  static final int DEFAULT_SERVICE_NICENESS = 5;

  public StandaloneSettings {
    dataDir = dataDir.toAbsolutePath().normalize();
    servicesDir = servicesDir.toAbsolutePath().normalize();
    serviceEnvironment = Map.copyOf(serviceEnvironment);
    secrets = secrets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(secrets));
    configuredLogDir = configuredLogDir == null ? null : configuredLogDir.toAbsolutePath().normalize();
    serviceJvmOptions = List.copyOf(serviceJvmOptions);
    if (serviceNiceness < 0 || serviceNiceness > 19) {
      throw new IllegalArgumentException(NICENESS_VARIABLE + " vai de 0 a 19, não " + serviceNiceness);
    }
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
        nonBlank(env.get("NPI007_SERVICE_JVM_OPTIONS")).map(options -> List.of(options.strip().split("\\s+"))).orElse(List.of()),
        serviceNiceness(env.get(NICENESS_VARIABLE)));
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
        serviceEnvironment, configuredLogDir, serviceJvmOptions, serviceNiceness);
  }

  public StandaloneSettings withPorts(Ports newPorts) {
    return new StandaloneSettings(dataDir, newPorts, secrets, servicesDir, startupTimeout,
        serviceEnvironment, configuredLogDir, serviceJvmOptions, serviceNiceness);
  }

  public StandaloneSettings withPassword(String newPassword) {
    return withSecret(GatewaySecret.STANDALONE_PASSWORD, newPassword);
  }

  public StandaloneSettings withSecret(GatewaySecret secret, String value) {
    Map<GatewaySecret, String> newSecrets = new EnumMap<>(GatewaySecret.class);
    newSecrets.putAll(secrets);
    newSecrets.put(secret, value);
    return new StandaloneSettings(dataDir, ports, newSecrets, servicesDir, startupTimeout,
        serviceEnvironment, configuredLogDir, serviceJvmOptions, serviceNiceness);
  }

  /** The users' password, when configured. */
  public Optional<String> password() {
    return Optional.ofNullable(secrets.get(GatewaySecret.STANDALONE_PASSWORD));
  }

  public StandaloneSettings withServicesDir(Path newServicesDir) {
    return new StandaloneSettings(dataDir, ports, secrets, newServicesDir, startupTimeout,
        serviceEnvironment, configuredLogDir, serviceJvmOptions, serviceNiceness);
  }

  public StandaloneSettings withServiceEnvironment(Map<String, String> environment) {
    return new StandaloneSettings(dataDir, ports, secrets, servicesDir, startupTimeout,
        environment, configuredLogDir, serviceJvmOptions, serviceNiceness);
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

  private static int serviceNiceness(String value) {
    String given = nonBlank(value).map(String::strip).orElse(null);
    if (given == null) {
      return DEFAULT_SERVICE_NICENESS;
    }
    try {
      return Integer.parseInt(given);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(NICENESS_VARIABLE + " vai de 0 a 19, não '" + given + "'");
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
