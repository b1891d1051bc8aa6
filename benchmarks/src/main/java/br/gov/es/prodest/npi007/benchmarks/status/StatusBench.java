package br.gov.es.prodest.npi007.benchmarks.status;

import br.gov.es.prodest.npi007.benchmarks.pipeline.Figures;
import br.gov.es.prodest.npi007.benchmarks.pipeline.LatencyStats;
import br.gov.es.prodest.npi007.benchmarks.pipeline.StackFootprint;
import br.gov.es.prodest.npi007.benchmarks.pipeline.StackSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./npi007 bench status}: the public status page as the public reads it, open loop. Each path
 * is offered at a fixed rate (100/s by default) for a while after a warm-up at the same rate; every
 * request is timed from its intended send time. The baseline, in the same run, is the gateway's
 * cheapest answer ({@code /actuator/health}) at the same rate: what any page costs at least here.
 * Adds the stack's CPU per request over each step. Only measures; no request is authenticated.
 */
public final class StatusBench {

  private static final List<String> PATHS = List.of("/actuator/health", "/status", "/status/feed.atom", "/api/v1/status");

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    double rate = Double.parseDouble(options.getOrDefault("--rate", "100"));
    double seconds = Double.parseDouble(options.getOrDefault("--seconds", "20"));
    double warmUp = Double.parseDouble(options.getOrDefault("--warm-up", "5"));
    StackSettings settings = StackSettings.fromEnvironmentOrExit();
    long ticksPerSecond = StackFootprint.clockTicksPerSecond();
    Figures figures = new Figures();
    figures.put("rate_per_second", rate);
    figures.put("seconds", seconds);
    System.out.printf(Locale.ROOT, "Benchmark da página pública: gateway %s, %.0f req/s por %.0f s em cada caminho "
        + "(aquecimento de %.0f s), laço aberto%n", settings.gateway(), rate, seconds, warmUp);
    try (OpenLoopGets gets = new OpenLoopGets(settings.gateway(), Duration.ofSeconds(10))) {
      for (String path : PATHS) {
        gets.run(path, rate, warmUp);
        Optional<StackFootprint.Snapshot> before = StackFootprint.measure(settings.gatewayPort());
        OpenLoopGets.Outcome outcome = gets.run(path, rate, seconds);
        Optional<StackFootprint.Snapshot> after = StackFootprint.measure(settings.gatewayPort());
        report(path, outcome, before, after, ticksPerSecond, figures);
      }
    }
    figures.publishSection(Figures.FILE, "status");
    System.exit(0);
  }

  private static void report(String path, OpenLoopGets.Outcome outcome, Optional<StackFootprint.Snapshot> before,
      Optional<StackFootprint.Snapshot> after, long ticksPerSecond, Figures figures) {
    String name = path.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    LatencyStats stats = outcome.latencies();
    String cpu = before.flatMap(start -> after.map(end -> (end.cpuTicks() - start.cpuTicks()) * 1000.0 / ticksPerSecond))
        .map(ms -> {
          double perRequest = outcome.answered() == 0 ? Double.NaN : ms / outcome.answered();
          figures.put(name + ".cpu_ms_per_request", Math.round(perRequest * 100) / 100.0);
          return String.format(Locale.ROOT, ", CPU da pilha %.2f ms/req", perRequest);
        })
        .orElse("");
    System.out.printf(Locale.ROOT, "%-20s %s; %d respondidas, %d sem 200, %d sem resposta%s%n", path, stats.brief(),
        outcome.answered(), outcome.not200(), outcome.unanswered(), cpu);
    figures.latencies(name, stats);
    figures.put(name + ".answered", outcome.answered());
    figures.put(name + ".not_200", outcome.not200());
    figures.put(name + ".unanswered", outcome.unanswered());
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!List.of("--rate", "--seconds", "--warm-up").contains(args[i])) {
        System.err.println("npi007 bench status: opção desconhecida " + args[i] + " (use --rate, --seconds, --warm-up)");
        System.exit(2);
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
