package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The load driver: measures the running system (started with {@code ./npi007 up}) through its gateway
 * in an open loop at a fixed offered rate, or steps the rate up to find its capacity; measures raw
 * Kafka on the same broker in the same run, and the stack's CPU and memory from /proc; prints each
 * pipeline figure beside its baseline. It only measures; nothing here passes or fails on a figure.
 *
 * <p>Settings: the command line of {@link BenchOptions}; environment {@code NPI007_STANDALONE_PASSWORD}
 * (required), {@code NPI007_GATEWAY_PORT} (8080), {@code NPI007_KAFKA_PORT} (9092).
 */
public final class PipelineLoad {

  private static final double WARM_UP_RATE = 10;
  private static final double WARM_UP_SECONDS = 3;
  private static final double HOP_SECONDS = 10;

  private PipelineLoad() {
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("npi007 bench: " + e.getMessage() + " (veja './npi007 help')");
      System.exit(2);
      return;
    }
    StackSettings settings = StackSettings.fromEnvironmentOrExit();
    String password = settings.password();
    int gatewayPort = settings.gatewayPort();
    URI gateway = settings.gateway();
    String bootstrap = settings.bootstrap();
    String run = Long.toString(System.currentTimeMillis(), 36);
    Figures figures = new Figures();
    figures.put("mode", options.capacity() ? "capacity" : "open-loop");
    StackMeter stack = new StackMeter(gatewayPort);

    System.out.printf("Benchmark do pipeline (%s): gateway %s, broker %s%n",
        options.capacity() ? "capacidade" : "laço aberto", gateway, bootstrap);
    stack.memory("antes", figures, "stack.rss_before_bytes");
    idle(stack, options.idleSeconds(), figures);
    Baselines baselines = Baselines.measure(bootstrap, options.capacity() ? options.steps().get(0) : options.rate(),
        Math.min(HOP_SECONDS, options.capacity() ? options.stepSeconds() : options.seconds()), figures);

    try (Reports client = new Reports(gateway, password, options.deadline());
         RenderedReceipts topic = new RenderedReceipts(bootstrap)) {
      topic.start();
      OpenLoopRun warmUp = new OpenLoopRun(client, topic, null, options.connections(), options.maxOutstanding(),
          options.deadline());
      System.out.printf("Aquecimento   %.0f relatos/s por %.0f s (não entram nas figuras)%n", WARM_UP_RATE, WARM_UP_SECONDS);
      warmUp.run(run + "-aquecimento", WARM_UP_RATE, WARM_UP_SECONDS);
      if (options.capacity()) {
        Capacity.measure(warmUp, run, options, stack, baselines, figures);
      } else {
        openLoop(client, topic, run, options, stack, baselines, figures);
      }
    }
    stack.memory("depois", figures, "stack.rss_after_bytes");
    figures.publish(Figures.FILE);
    System.exit(0);
  }

  private static void openLoop(Reports client, RenderedReceipts topic, String run, BenchOptions options,
      StackMeter stack, Baselines baselines, Figures figures) throws InterruptedException {
    OutboxPoller poller = options.pollsOutbox() ? new OutboxPoller(client, options.pollInterval(), options.pollBatch()) : null;
    try {
      OpenLoopRun openLoop = new OpenLoopRun(client, topic, poller, options.connections(), options.maxOutstanding(),
          options.deadline());
      System.out.printf("Laço aberto   %.1f relatos/s oferecidos por %.0f s...%n", options.rate(), options.seconds());
      StackMeter.Window window = stack.window();
      OpenLoopRun.Outcome outcome = openLoop.run(run, options.rate(), options.seconds());
      StepReport.print(outcome, baselines, figures, "open");
      stack.cpuPerReport(window, outcome.accepted(), figures, "open");
      if (poller == null) {
        System.out.println("Outbox        não consultado (--poll-ms 0)");
      } else {
        System.out.printf("Outbox        consultas GET /api/v1/notifications: %d (%.1f por relato), a cada %d ms, "
            + "no máximo %d por rodada%n", outcome.outboxQueries(),
            outcome.outboxQueries() / (double) Math.max(1, outcome.accepted()), options.pollInterval().toMillis(),
            options.pollBatch());
        System.out.println("              (cada consulta custa à pilha o que custa uma requisição autenticada, e a CPU "
            + "acima a inclui; --poll-ms 0 mede sem consultar)");
        figures.put("open.outbox_queries", outcome.outboxQueries());
      }
    } finally {
      if (poller != null) {
        poller.close();
      }
    }
  }

  private static void idle(StackMeter stack, int seconds, Figures figures) throws InterruptedException {
    if (seconds == 0) {
      System.out.println("CPU ociosa    não medida (--idle-seconds 0)");
      return;
    }
    System.out.printf("CPU ociosa    medindo a pilha parada por %d s...%n", seconds);
    StackMeter.Window window = stack.window();
    TimeUnit.SECONDS.sleep(seconds);
    Optional<Double> percent = stack.percentOfOneCore(window);
    percent.ifPresentOrElse(
        value -> System.out.printf("CPU ociosa    %.1f %% de um núcleo%n", value),
        () -> System.out.println("CPU ociosa    pilha não encontrada em /proc"));
    figures.put("stack.idle_cpu_percent_of_core", percent.orElse(null));
  }

  static double ratio(Duration measured, Duration baseline) {
    return baseline.isZero() ? Double.NaN : (double) measured.toNanos() / baseline.toNanos();
  }
}
