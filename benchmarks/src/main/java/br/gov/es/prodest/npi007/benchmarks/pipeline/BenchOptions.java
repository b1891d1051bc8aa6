package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The driver's command line: {@code [capacity|--capacity] [--rate R] [--seconds S]
 * [--steps 10,20,50] [--step-seconds S] [--idle-seconds S] [--poll-ms M] [--poll-batch N]
 * [--connections N] [--max-outstanding N] [--deadline-seconds S]}.
 */
record BenchOptions(boolean capacity, double rate, double seconds, List<Double> steps, double stepSeconds,
    int idleSeconds, Duration pollInterval, int pollBatch, int connections, int maxOutstanding, Duration deadline) {

  private static final Set<String> VALUED = Set.of("--rate", "--seconds", "--steps", "--step-seconds",
      "--idle-seconds", "--poll-ms", "--poll-batch", "--connections", "--max-outstanding", "--deadline-seconds");

  BenchOptions {
    steps = List.copyOf(steps);
    if (!(rate > 0) || !(seconds > 0) || !(stepSeconds > 0) || steps.isEmpty() || steps.stream().anyMatch(s -> !(s > 0))
        || idleSeconds < 0 || pollInterval.isNegative() || pollBatch < 1 || connections < 1 || maxOutstanding < 1
        || deadline.isNegative()) {
      throw new IllegalArgumentException("opção fora do intervalo permitido");
    }
  }

  /** Whether 6.1 is looked for through the outbox (a poll interval of 0 turns it off). */
  boolean pollsOutbox() {
    return !pollInterval.isZero();
  }

  static BenchOptions parse(String... args) {
    boolean capacity = false;
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("capacity") || args[i].equals("--capacity")) {
        capacity = true;
      } else if (!VALUED.contains(args[i])) {
        throw new IllegalArgumentException("opção desconhecida: " + args[i]);
      } else if (i + 1 == args.length) {
        throw new IllegalArgumentException("falta o valor de " + args[i]);
      } else {
        values.put(args[i], args[++i]);
      }
    }
    return new BenchOptions(capacity,
        number(values.getOrDefault("--rate", "20")),
        number(values.getOrDefault("--seconds", "30")),
        Arrays.stream(values.getOrDefault("--steps", "10,20,50,100,200,500,1000").split(",")).map(BenchOptions::number)
            .toList(),
        number(values.getOrDefault("--step-seconds", "20")),
        whole(values.getOrDefault("--idle-seconds", "30")),
        Duration.ofMillis(whole(values.getOrDefault("--poll-ms", "20"))),
        whole(values.getOrDefault("--poll-batch", "64")),
        whole(values.getOrDefault("--connections", "64")),
        whole(values.getOrDefault("--max-outstanding", "10000")),
        Duration.ofSeconds(whole(values.getOrDefault("--deadline-seconds", "30"))));
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("não é um número: " + value);
    }
  }

  private static int whole(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("não é um número inteiro: " + value);
    }
  }
}
