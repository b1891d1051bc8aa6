package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.benchmarks.pipeline.Figures;
import br.gov.es.prodest.npi007.benchmarks.pipeline.StackFootprint;
import br.gov.es.prodest.npi007.benchmarks.pipeline.StackSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./npi007 bench ready [--since EPOCH_MS] [--timeout-seconds S]}: waits until the gateway and
 * the three services answer UP on {@code /actuator/health} (what the standalone itself waits for)
 * and prints the seconds since the stack's start: {@code --since}, else the start of the standalone
 * process serving {@code NPI007_GATEWAY_PORT}, read from /proc. Start it beside {@code ./npi007 up}
 * to measure restart-to-ready; it only measures.
 */
public final class ReadyWait {

  private static final Duration POLL = Duration.ofMillis(100);

  private ReadyWait() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> environment = new java.util.HashMap<>(System.getenv());
    environment.putIfAbsent("NPI007_STANDALONE_PASSWORD", "-"); // health needs no password
    StackSettings settings = StackSettings.from(environment).orElseThrow();
    Long since = null;
    long timeoutSeconds = 300;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--since" -> since = Long.parseLong(args[i + 1]);
        case "--timeout-seconds" -> timeoutSeconds = Long.parseLong(args[i + 1]);
        default -> {
          System.err.println("npi007 bench ready: opção desconhecida: " + args[i]);
          System.exit(2);
        }
      }
    }
    List<Integer> ports = List.of(settings.gatewayPort(), settings.incidentServicePort(),
        settings.notificationServicePort(), settings.maintenanceServicePort());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    Optional<Instant> start = Optional.ofNullable(since).map(Instant::ofEpochMilli);
    System.out.printf("Aguardando o UP de /actuator/health nas portas %s (até %d s)...%n", ports, timeoutSeconds);
    while (!ports.stream().allMatch(port -> up(http, port))) {
      if (start.isEmpty()) {
        start = StackFootprint.startedAt(settings.gatewayPort());
      }
      if (System.nanoTime() > deadline) {
        System.err.println("npi007 bench ready: a pilha não ficou pronta em " + timeoutSeconds + " s.");
        System.exit(1);
      }
      TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
    }
    Instant ready = Instant.now();
    start = start.or(() -> StackFootprint.startedAt(settings.gatewayPort()));
    if (start.isEmpty()) {
      System.out.println("Pronta, mas sem o instante de início (nenhum processo do ./npi007 up desta porta em /proc; "
          + "use --since)");
      System.exit(1);
    }
    double seconds = Duration.between(start.get(), ready).toMillis() / 1000.0;
    System.out.printf(Locale.ROOT, "Pronta em %.1f s (desde %s%s)%n", seconds, start.get(),
        since == null ? ", o início do processo do ./npi007 up" : "");
    Figures figures = new Figures();
    figures.put("ready_seconds", seconds);
    figures.publishSection(Figures.FILE, "ready");
    System.exit(0);
  }

  private static boolean up(HttpClient http, int port) {
    try {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/actuator/health")).timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
