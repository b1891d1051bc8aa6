package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load driver: measures the running system (started with {@code ./npi007 up}) through its
 * gateway, and raw Kafka on the same broker in the same run, and prints both with their ratio.
 * It only measures; nothing here passes or fails on a figure.
 *
 * <p>Settings (environment): {@code NPI007_STANDALONE_PASSWORD} (required), {@code NPI007_GATEWAY_PORT}
 * (8080), {@code NPI007_KAFKA_PORT} (9092), {@code NPI007_BENCH_REPORTS} (200),
 * {@code NPI007_BENCH_CONCURRENCY} (4).
 */
public final class PipelineLoad {

  private static final int WARM_UP_REPORTS = 20;
  private static final Duration RENDERING_WAIT = Duration.ofSeconds(60);

  private PipelineLoad() {
  }

  public static void main(String[] args) throws Exception {
    String password = System.getenv("NPI007_STANDALONE_PASSWORD");
    if (password == null || password.isBlank()) {
      System.err.println("Defina NPI007_STANDALONE_PASSWORD com a senha do ./npi007 up em execução.");
      System.exit(2);
    }
    URI gateway = URI.create("http://127.0.0.1:" + setting("NPI007_GATEWAY_PORT", 8080));
    String bootstrap = "localhost:" + setting("NPI007_KAFKA_PORT", 9092);
    int reports = setting("NPI007_BENCH_REPORTS", 200);
    int concurrency = setting("NPI007_BENCH_CONCURRENCY", 4);
    String run = Long.toString(System.currentTimeMillis(), 36);

    System.out.printf("Benchmark do pipeline: %d relatos, %d em paralelo, gateway %s, broker %s%n",
        reports, concurrency, gateway, bootstrap);
    KafkaBaseline.Result baseline = new KafkaBaseline(bootstrap).measure(100_000, 1_000);
    System.out.printf("Kafka puro    produtor (acks=all, 300 B): %.0f registros/s%n", baseline.producerRecordsPerSecond());
    System.out.printf("Kafka puro    um por vez, ida e volta:    %s%n", baseline.oneAtATime().line());

    Reports client = new Reports(gateway, password);
    try (RenderedReceipts receipts = new RenderedReceipts(bootstrap)) {
      receipts.start();
      measure(client, run + "-aquecimento", WARM_UP_REPORTS, concurrency);
      Measured measured = measure(client, run, reports, concurrency);
      LatencyStats accepted = LatencyStats.of(measured.accepted());
      LatencyStats rendered = LatencyStats.of(renderingLatencies(measured.startedAt(), receipts));
      double perSecond = reports / (measured.wallNanos() / 1e9);
      System.out.printf("Pipeline      relato → 201:               %s%n", accepted.line());
      System.out.printf("Pipeline      relato → 6.1 no outbox:     %s%n", rendered.line());
      System.out.printf("Pipeline      vazão: %.1f relatos/s%n", perSecond);
      System.out.printf("Razões        relato → 201 / Kafka um por vez (medianas): %.0fx;  relato → 6.1: %.0fx%n",
          ratio(accepted.median(), baseline.oneAtATime().median()),
          ratio(rendered.median(), baseline.oneAtATime().median()));
      if (rendered.count() < reports) {
        System.out.printf("Atenção       %d de %d mensagens 6.1 não apareceram em %d s%n",
            reports - rendered.count(), reports, RENDERING_WAIT.toSeconds());
      }
    }
    StackFootprint.measure().ifPresentOrElse(
        footprint -> System.out.println("Memória       pilha do ./npi007 up (RSS): " + footprint.line()),
        () -> System.out.println("Memória       nenhum ./npi007 up encontrado nesta máquina"));
  }

  private record Measured(List<Duration> accepted, Map<String, Long> startedAt, long wallNanos) {
  }

  private static Measured measure(Reports client, String run, int count, int concurrency) throws Exception {
    List<Duration> accepted = new ArrayList<>();
    Map<String, Long> startedAt = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<Duration>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int number = i;
        answers.add(pool.submit(() -> {
          long sent = System.nanoTime();
          String incidentId = client.report(run, number);
          startedAt.put(incidentId, sent);
          return Duration.ofNanos(System.nanoTime() - sent);
        }));
      }
      for (Future<Duration> answer : answers) {
        accepted.add(answer.get());
      }
    } finally {
      pool.shutdown();
    }
    return new Measured(accepted, startedAt, System.nanoTime() - start);
  }

  private static List<Duration> renderingLatencies(Map<String, Long> startedAt, RenderedReceipts receipts)
      throws InterruptedException {
    long deadline = System.nanoTime() + RENDERING_WAIT.toNanos();
    while (System.nanoTime() < deadline && startedAt.keySet().stream().anyMatch(id -> receipts.receivedAt(id) == null)) {
      Thread.sleep(50);
    }
    List<Duration> latencies = new ArrayList<>();
    startedAt.forEach((incidentId, sent) -> {
      Long received = receipts.receivedAt(incidentId);
      if (received != null) {
        latencies.add(Duration.ofNanos(received - sent));
      }
    });
    return latencies;
  }

  private static double ratio(Duration measured, Duration baseline) {
    return baseline.isZero() ? Double.NaN : (double) measured.toNanos() / baseline.toNanos();
  }

  private static int setting(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }
}
