package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/** Latencies of one measured step, summarised the way the README reports them. */
public record LatencyStats(long[] sortedNanos) {

  public LatencyStats {
    sortedNanos = sortedNanos.clone();
    Arrays.sort(sortedNanos);
  }

  public static LatencyStats of(Collection<Duration> samples) {
    return new LatencyStats(samples.stream().mapToLong(Duration::toNanos).toArray());
  }

  public int count() {
    return sortedNanos.length;
  }

  /** The nearest-rank percentile (0 < p ≤ 100); zero when there is no sample. */
  public Duration percentile(double p) {
    if (sortedNanos.length == 0) {
      return Duration.ZERO;
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentil fora de (0, 100]: " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return Duration.ofNanos(sortedNanos[Math.max(rank, 1) - 1]);
  }

  public Duration median() {
    return percentile(50);
  }

  public Duration max() {
    return sortedNanos.length == 0 ? Duration.ZERO : Duration.ofNanos(sortedNanos[sortedNanos.length - 1]);
  }

  /** One line: count, median, p95, p99, max in milliseconds. */
  public String line() {
    return String.format("n=%d  mediana=%s  p95=%s  p99=%s  máx=%s", count(), millis(median()),
        millis(percentile(95)), millis(percentile(99)), millis(max()));
  }

  /** p50, p99 and max in milliseconds, with the count. */
  public String brief() {
    return String.format("p50=%s  p99=%s  máx=%s  (n=%d)", millis(median()), millis(percentile(99)), millis(max()),
        count());
  }

  static String millis(Duration duration) {
    return String.format("%.1f ms", duration.toNanos() / 1_000_000.0);
  }
}
