package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every figure of a run, by a stable dotted name, for later sessions to paste into the README:
 * printed as one line ({@code FIGURAS {...}}) and written to {@code benchmarks/target/bench-figures.json}.
 * Latencies are in milliseconds.
 */
final class Figures {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Object> values = new LinkedHashMap<>();

  Figures() {
    values.put("at", Instant.now().toString());
  }

  void put(String name, Object value) {
    values.put(name, value instanceof Double number && (number.isNaN() || number.isInfinite()) ? null : value);
  }

  void latencies(String name, LatencyStats stats) {
    put(name + ".n", stats.count());
    put(name + ".p50_ms", millis(stats.median()));
    put(name + ".p99_ms", millis(stats.percentile(99)));
    put(name + ".max_ms", millis(stats.max()));
  }

  /** Prints the one line and writes the file; a file that cannot be written is said, not fatal. */
  void publish(Path file) {
    String line = JSON.writeValueAsString(values);
    System.out.println("FIGURAS " + line);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, line + System.lineSeparator());
      System.out.println("Figuras gravadas em " + file);
    } catch (IOException e) {
      System.out.println("Não foi possível gravar " + file + ": " + e.getMessage());
    }
  }

  static double millis(Duration duration) {
    return Math.round(duration.toNanos() / 10_000.0) / 100.0;
  }
}
