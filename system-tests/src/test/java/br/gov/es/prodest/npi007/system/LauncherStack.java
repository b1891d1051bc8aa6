package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.GatewaySecret;
import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.services.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./npi007 up} as an operator runs it (issue 16): the standalone launcher in a process of its
 * own, with its broker, its supervisor and the four services it starts, on a data directory and the
 * suite's ports. The fault suite kills (SIGKILL) or stops (SIGSTOP) the launcher's children and the
 * launcher itself; the supervisor, not the suite, starts a service again.
 */
final class LauncherStack implements SystemUnderFaults {

  private static final Duration PATIENCE = Duration.ofMinutes(4);

  private final Path dataDir;
  private final Ports ports;
  private final Map<String, String> environment;
  private final Path output;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process launcher;

  private LauncherStack(Path dataDir, Ports ports, Map<String, String> environment, Path logs) throws IOException {
    this.dataDir = dataDir;
    this.ports = ports;
    this.environment = environment;
    Files.createDirectories(logs);
    this.output = logs.resolve("npi007-up.log");
  }

  /** Starts the launcher and waits until the broker and every service answer. */
  static LauncherStack start(Path dataDir, Map<String, String> environment, Path logs) {
    try {
      LauncherStack stack = new LauncherStack(dataDir, Ports.free(), environment, logs);
      try {
        stack.startLauncher();
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

  /** The services' log files (issue 16), under the data directory. */
  Path logDir() {
    return dataDir.resolve("logs");
  }

  /** As {@code ./npi007 up}: the standalone's runnable jar, its JVM options, the services' directory. */
  synchronized void startLauncher() {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms32m", "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-Dnpi007.services.dir=" + RunningSystem.SERVICES_DIR.toAbsolutePath().normalize(),
        "-jar", standaloneJar().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().putAll(launcherEnvironment());
    try {
      launcher = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant deadline = Instant.now().plus(PATIENCE);
    for (Service service : Service.values()) {
      while (!isHealthy(service)) {
        if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("o npi007 não ficou pronto (" + service.module() + "); veja " + output);
        }
        FaultStack.pause(Duration.ofMillis(300));
      }
    }
  }

  /** The launcher's child running the service, if one runs now. */
  Optional<ProcessHandle> service(Service service) {
    Process current;
    synchronized (this) {
      current = launcher;
    }
    return current.toHandle().children()
        .filter(child -> child.info().commandLine()
            .filter(line -> line.contains(service.module() + "-") && line.contains("-exec.jar")).isPresent())
        .findFirst();
  }

  /** kill -9 of the service's JVM; returns it, dead. */
  ProcessHandle killService(Service service) {
    ProcessHandle process = service(service).orElseThrow(() -> new IllegalStateException(service.module() + " não roda"));
    process.destroyForcibly();
    process.onExit().join();
    return process;
  }

  /** SIGSTOP of the service's JVM: it still lives, and answers nothing. */
  ProcessHandle hangService(Service service) {
    ProcessHandle process = service(service).orElseThrow(() -> new IllegalStateException(service.module() + " não roda"));
    signal("STOP", process.pid());
    return process;
  }

  /** Waits until a process other than {@code failed} runs the service and answers UP. */
  void awaitReplaced(Service service, ProcessHandle failed) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!(service(service).filter(process -> process.pid() != failed.pid()).isPresent() && isHealthy(service))) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(service.module() + " não voltou em " + PATIENCE.toSeconds() + " s; veja " + output);
      }
      FaultStack.pause(Duration.ofMillis(200));
    }
  }

  /** SIGSTOP, then SIGCONT after {@code frozen}, of the launcher: its broker and supervisor stand still. */
  void freezeLauncher(Duration frozen) {
    long pid = launcher.pid();
    signal("STOP", pid);
    try {
      FaultStack.pause(frozen);
    } finally {
      signal("CONT", pid);
    }
  }

  /** kill -9 of the launcher (its broker dies with it); returns its children as they were. */
  synchronized List<ProcessHandle> killLauncher() {
    List<ProcessHandle> children = launcher.toHandle().children().toList();
    launcher.destroyForcibly();
    launcher.onExit().join();
    return children;
  }

  @Override
  public boolean isHealthy(Service service) {
    return RunningSystem.isUp(http, service.port(ports));
  }

  private Map<String, String> launcherEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("NPI007_DATA_DIR", dataDir.toString());
    env.put("NPI007_KAFKA_PORT", Integer.toString(ports.kafka()));
    env.put("NPI007_GATEWAY_PORT", Integer.toString(ports.gateway()));
    env.put("NPI007_INCIDENT_SERVICE_PORT", Integer.toString(ports.incidentService()));
    env.put("NPI007_NOTIFICATION_SERVICE_PORT", Integer.toString(ports.notificationService()));
    env.put("NPI007_MAINTENANCE_SERVICE_PORT", Integer.toString(ports.maintenanceService()));
    env.put(GatewaySecret.STANDALONE_PASSWORD.variable(), RunningSystem.PASSWORD);
    env.put(GatewaySecret.WEBHOOK_TOKEN.variable(), RunningSystem.WEBHOOK_TOKEN);
    env.put(GatewaySecret.SERVICE_DESK_SECRET.variable(), RunningSystem.SERVICE_DESK_SECRET);
    env.put("MALLOC_ARENA_MAX", "2");
    env.putAll(environment);
    return env;
  }

  private static Path standaloneJar() {
    try (Stream<Path> jars = Files.list(RunningSystem.SERVICES_DIR.getParent())) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith("standalone-")
          && jar.getFileName().toString().endsWith("-exec.jar")).findFirst().orElseThrow().toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void signal(String signal, long pid) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pid + " falhou");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** SIGTERM, as Ctrl-C or systemd would: the launcher stops its services and then its broker. */
  @Override
  public synchronized void close() {
    if (launcher == null) {
      return;
    }
    List<ProcessHandle> children = launcher.toHandle().children().toList();
    children.stream().filter(ProcessHandle::isAlive).forEach(child -> {
      try {
        signal("CONT", child.pid()); // a service left stopped would hold the stop up
      } catch (RuntimeException ignored) {
        // it ended meanwhile
      }
    });
    launcher.destroy();
    try {
      if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
        launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      launcher.destroyForcibly();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
