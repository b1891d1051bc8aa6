package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.GatewaySecret;
import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.broker.SingleNodeBroker;
import br.gov.es.prodest.npi007.standalone.services.Service;
import br.gov.es.prodest.npi007.standalone.services.ServiceProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The system as separate processes, each of which the fault suite may kill (SIGKILL) and start
 * again on the same data directory: the single-node broker in a JVM of its own (the standalone's
 * {@link SingleNodeBroker}, run by {@link FaultBroker}), and the four services from their runnable
 * jars with the environment {@code ./npi007 up} gives them. Unlike {@link RunningSystem}, whose broker
 * lives in the test's JVM, here the broker can be killed alone while the services keep running.
 */
final class FaultStack implements SystemUnderFaults {

  private final Path dataDir;
  private final Ports ports;
  private final Map<String, String> environment;
  private final Path logs;
  private final PrintStream serviceOutput;
  private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
  private Process broker;

  private FaultStack(Path dataDir, Ports ports, Map<String, String> environment, Path logs) throws IOException {
    this.dataDir = dataDir;
    this.ports = ports;
    this.environment = environment;
    this.logs = logs;
    Files.createDirectories(logs);
    this.serviceOutput = new PrintStream(Files.newOutputStream(logs.resolve("servicos.log")), true, StandardCharsets.UTF_8);
  }

  /** Starts the broker, then the four services, and waits for each to be UP. */
  static FaultStack start(Path dataDir, Map<String, String> environment, Path logs) {
    try {
      FaultStack stack = new FaultStack(dataDir, Ports.free(), environment, logs);
      try {
        stack.startBroker();
        for (Service service : Service.values()) {
          stack.startService(service);
        }
        for (Service service : Service.values()) {
          stack.awaitHealthy(service, Duration.ofMinutes(4));
        }
        return stack;
      } catch (RuntimeException e) {
        stack.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Ports ports() {
    return ports;
  }

  /** Starts the broker's JVM on the data directory's log dir and waits until it answers. */
  synchronized void startBroker() {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        FaultBroker.class.getName(), dataDir.resolve("kafka").toString(), Integer.toString(ports.kafka())));
    try {
      broker = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("broker.log").toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!brokerAnswers()) {
      if (!broker.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("o broker não respondeu; veja " + logs.resolve("broker.log"));
      }
      pause(Duration.ofMillis(300));
    }
  }

  /** kill -9 of the broker's JVM. */
  synchronized void killBroker() {
    kill(broker);
  }

  synchronized void startService(Service service) {
    services.put(service, ServiceProcess.start(service.module(), jar(service), service.port(ports),
        serviceEnvironment(), List.of(), serviceOutput));
  }

  /** kill -9 of the service's JVM. */
  synchronized void killService(Service service) {
    ServiceProcess process = services.get(service);
    process.kill();
    process.onExit().join();
  }

  @Override
  public boolean isHealthy(Service service) {
    ServiceProcess process;
    synchronized (this) {
      process = services.get(service);
    }
    return process != null && process.isHealthy();
  }

  void awaitHealthy(Service service, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    while (!isHealthy(service)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(service.module() + " sem UP após " + patience.toSeconds() + " s");
      }
      pause(Duration.ofMillis(250));
    }
  }

  private boolean brokerAnswers() {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000))) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  /** As the standalone's own ServiceEnvironment, plus the suite's settings. */
  private Map<String, String> serviceEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("NPI007_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
    env.put("NPI007_DATA_DIR", dataDir.toString());
    env.put("NPI007_BIND_ADDRESS", "127.0.0.1");
    env.put("NPI007_GATEWAY_PORT", Integer.toString(ports.gateway()));
    env.put("NPI007_INCIDENT_SERVICE_PORT", Integer.toString(ports.incidentService()));
    env.put("NPI007_NOTIFICATION_SERVICE_PORT", Integer.toString(ports.notificationService()));
    env.put("NPI007_MAINTENANCE_SERVICE_PORT", Integer.toString(ports.maintenanceService()));
    env.put("NPI007_INCIDENT_SERVICE_URL", "http://127.0.0.1:" + ports.incidentService());
    env.put("NPI007_NOTIFICATION_SERVICE_URL", "http://127.0.0.1:" + ports.notificationService());
    env.put("NPI007_MAINTENANCE_SERVICE_URL", "http://127.0.0.1:" + ports.maintenanceService());
    env.put(GatewaySecret.STANDALONE_PASSWORD.variable(), RunningSystem.PASSWORD);
    env.put(GatewaySecret.WEBHOOK_TOKEN.variable(), RunningSystem.WEBHOOK_TOKEN);
    env.put(GatewaySecret.SERVICE_DESK_SECRET.variable(), RunningSystem.SERVICE_DESK_SECRET);
    env.putAll(environment);
    return env;
  }

  private static Path jar(Service service) {
    try (Stream<Path> jars = Files.list(RunningSystem.SERVICES_DIR)) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith(service.module() + "-")
          && jar.getFileName().toString().endsWith("-exec.jar")).findFirst().orElseThrow().toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void kill(Process process) {
    if (process != null) {
      process.destroyForcibly();
      process.onExit().join();
    }
  }

  @Override
  public synchronized void close() {
    services.values().forEach(ServiceProcess::requestStop);
    for (ServiceProcess service : services.values()) {
      try {
        service.awaitStop(Duration.ofSeconds(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        service.kill();
      }
    }
    services.clear();
    if (broker != null) {
      broker.destroy();
      try {
        if (!broker.waitFor(30, TimeUnit.SECONDS)) {
          kill(broker);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill(broker);
      }
    }
    serviceOutput.close();
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
