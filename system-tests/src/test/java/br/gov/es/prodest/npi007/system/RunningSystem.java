package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.GatewaySecret;
import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.StandaloneSettings;
import br.gov.es.prodest.npi007.standalone.StandaloneStack;
import br.gov.es.prodest.npi007.standalone.Supervision;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The whole system as {@code ./npi007 up} runs it: the standalone broker and the four services as
 * child processes from their runnable jars, on free ports and a data directory of the test's own;
 * and an HTTP client that talks to it as its users do, through the gateway only.
 */
final class RunningSystem implements AutoCloseable {

  static final String PASSWORD = "senha-dos-testes-de-sistema";
  static final String WEBHOOK_TOKEN = "token-dos-alertas-dos-testes";
  static final String SERVICE_DESK_SECRET = "chave-hmac-da-central-de-servicos";
  static final Path SERVICES_DIR = Path.of("..", "standalone", "target", "services");

  private final StandaloneSettings settings;
  private final Ports ports;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private StandaloneStack stack;

  private RunningSystem(StandaloneSettings settings, Ports ports) {
    this.settings = settings;
    this.ports = ports;
  }

  /** Starts the system on a data directory, empty or left by an earlier start. */
  static RunningSystem start(Path dataDir, Ports ports) {
    return start(dataDir, ports, Map.of());
  }

  /**
   * Starts the system with settings of the contracts for every service on top of the defaults
   * (e.g. an SMTP server or a WhatsApp provider of the test's own).
   */
  static RunningSystem start(Path dataDir, Ports ports, Map<String, String> serviceEnvironment) {
    return start(dataDir, ports, serviceEnvironment, System.out);
  }

  /** As {@link #start(Path, Ports, Map)}, the services' output going to a stream of the test's own. */
  static RunningSystem start(Path dataDir, Ports ports, Map<String, String> serviceEnvironment,
      PrintStream serviceOutput) {
    RunningSystem system = new RunningSystem(StandaloneSettings.fromEnvironment()
        .withDataDir(dataDir)
        .withPorts(ports)
        .withPassword(PASSWORD)
        .withSecret(GatewaySecret.WEBHOOK_TOKEN, WEBHOOK_TOKEN)
        .withSecret(GatewaySecret.SERVICE_DESK_SECRET, SERVICE_DESK_SECRET)
        .withServicesDir(SERVICES_DIR.toAbsolutePath().normalize())
        .withServiceEnvironment(serviceEnvironment), ports);
    system.stack = StandaloneStack.create(system.settings, serviceOutput).start();
    return system;
  }

  /** Keeps the services running as {@code ./npi007 up} does (issue 16), on a thread of its own, until {@link #close()}. */
  void supervise() {
    Thread supervisor = new Thread(() -> stack.supervise(Supervision.DEFAULT), "npi007-supervisor");
    supervisor.setDaemon(true);
    supervisor.start();
  }

  /** Where the services write their log files (issue 16). */
  Path logDir() {
    return stack.logDir();
  }

  String bootstrapServers() {
    return stack.bootstrapServers();
  }

  String gatewayUrl() {
    return stack.gatewayUrl();
  }

  Ports ports() {
    return ports;
  }

  /** One of this system's service processes (not another system's: the browser suites keep theirs running). */
  ProcessHandle service(String name) {
    long pid = stack.pidOf(name).orElseThrow(() -> new IllegalStateException(name + " não está rodando"));
    return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " não está rodando"));
  }

  /** The service's process while one runs (the supervisor may be starting it again). */
  Optional<ProcessHandle> serviceIfRunning(String name) {
    OptionalLong pid = stack.pidOf(name);
    return pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
  }

  /** Whether the service on that port answers UP on its actuator. */
  boolean isUp(int port) {
    return isUp(http, port);
  }

  /** Whether the service on that port of 127.0.0.1 answers UP on its actuator. */
  static boolean isUp(HttpClient http, int port) {
    try {
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The value of HTTP Basic credentials for a standalone user. */
  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> put(String user, String path, String json) {
    return send(request(user, path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  HttpResponse<String> get(String user, String path) {
    return send(request(user, path).GET().build());
  }

  HttpResponse<String> post(String user, String path, String json, String idempotencyKey) {
    HttpRequest.Builder request = request(user, path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build());
  }

  /** A POST as a machine client sends it: its own headers, no user. */
  HttpResponse<String> postAs(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request.build());
  }

  HttpResponse<String> postWithHeaders(String user, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request = request(user, path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request.build());
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user, PASSWORD))
        .header("Accept", "application/json, application/problem+json");
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (stack != null) {
      stack.close();
    }
  }
}
