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
 * The history and ready modes' figures live there as sections ({@code "history": {...}}), which a
 * later run of the other modes keeps. Latencies are in milliseconds.
 */
public final class Figures {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static final Path FILE = Path.of("benchmarks", "target", "bench-figures.json");
  /** The sections other modes write ({@code bench history}, {@code bench ready}), kept by {@link #publish}. */
  private static final java.util.Set<String> SECTIONS = java.util.Set.of("history", "ready");

  private final Map<String, Object> values = new LinkedHashMap<>();

  public Figures() {
    values.put("at", Instant.now().toString());
  }

  public void put(String name, Object value) {
    values.put(name, value instanceof Double number && (number.isNaN() || number.isInfinite()) ? null : value);
  }

  public void latencies(String name, LatencyStats stats) {
    put(name + ".n", stats.count());
    put(name + ".p50_ms", millis(stats.median()));
    put(name + ".p99_ms", millis(stats.percentile(99)));
    put(name + ".max_ms", millis(stats.max()));
  }

  /** Prints the one line and writes the file (keeping its other sections); a failed write is said, not fatal. */
  public void publish(Path file) {
    System.out.println("FIGURAS " + JSON.writeValueAsString(values));
    Map<String, Object> written = new LinkedHashMap<>(values);
    existing(file).forEach((name, value) -> {
      if (SECTIONS.contains(name)) {
        written.put(name, value);
      }
    });
    write(file, written);
  }

  /** Prints the one line and writes the figures as the file's {@code section}, keeping the rest of the file. */
  public void publishSection(Path file, String section) {
    System.out.println("FIGURAS " + JSON.writeValueAsString(Map.of(section, values)));
    Map<String, Object> written = new LinkedHashMap<>(existing(file));
    written.put(section, values);
    write(file, written);
  }

  private static Map<String, Object> existing(Path file) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> read = JSON.readValue(Files.readString(file), Map.class);
      return read == null ? Map.of() : read;
    } catch (IOException | RuntimeException missingOrNotJson) {
      return Map.of();
    }
  }

  private static void write(Path file, Map<String, Object> written) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(written) + System.lineSeparator());
      System.out.println("Figuras gravadas em " + file);
    } catch (IOException e) {
      System.out.println("Não foi possível gravar " + file + ": " + e.getMessage());
    }
  }

  public static double millis(Duration duration) {
    return Math.round(duration.toNanos() / 10_000.0) / 100.0;
  }
}
