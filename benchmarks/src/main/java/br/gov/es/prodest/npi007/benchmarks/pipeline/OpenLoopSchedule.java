package br.gov.es.prodest.npi007.benchmarks.pipeline;

/**
 * When each request of an open loop is meant to leave: request i at {@code start + i / rate}, whatever
 * the server does. Latencies are measured from these instants, so a slow answer delays the figures of
 * the requests behind it instead of delaying their sending (no coordinated omission).
 */
public record OpenLoopSchedule(long startNanos, double ratePerSecond, int count) {

  public OpenLoopSchedule {
    if (!(ratePerSecond > 0) || count < 0) {
      throw new IllegalArgumentException("taxa deve ser positiva e contagem não negativa");
    }
  }

  /** The schedule of {@code seconds} at {@code ratePerSecond}: rate × seconds requests, rounded down, at least one. */
  static OpenLoopSchedule of(long startNanos, double ratePerSecond, double seconds) {
    return new OpenLoopSchedule(startNanos, ratePerSecond, Math.max(1, (int) Math.floor(ratePerSecond * seconds)));
  }

  /** The intended send time of request {@code index} (System.nanoTime scale). */
  public long intendedNanos(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException(index);
    }
    return startNanos + Math.round(index * 1e9 / ratePerSecond);
  }

  /** The length of the schedule: count / rate. */
  double seconds() {
    return count / ratePerSecond;
  }
}
