package br.gov.es.prodest.npi007.standalone;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the launcher keeps its services running (issue 16): a service that exits on its own, or that
 * stops answering its health check for {@code hangTimeout} after it was UP, is started again after a
 * back-off that doubles from {@code firstDelay} up to {@code maxDelay}; once it was started again
 * {@code maxRestarts} times within {@code window}, it stays down and the others keep running.
 *
 * @param poll       how often the launcher looks whether a service exited
 * @param probeEvery how often it asks each running service's health whether it still answers
 */
public record Supervision(Duration firstDelay, Duration maxDelay, int maxRestarts, Duration window,
    Duration hangTimeout, Duration poll, Duration probeEvery) {

  /**
   * The embedded default's: 0.25 s, 0.5 s, 1 s, … up to 30 s; five restarts in ten minutes; hung after 30 s.
   * A crash is found within a quarter of a second and the first restart follows a quarter of a second
   * later, since every second counts toward the ≤ 10 s recovery of issue 16; the limit of five, not the
   * back-off, is what stops a service that cannot start from restarting in a loop.
   */
  public static final Supervision DEFAULT = new Supervision(Duration.ofMillis(250), Duration.ofSeconds(30), 5,
      Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMillis(250), Duration.ofSeconds(5));

  public Supervision {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(hangTimeout, "hangTimeout");
    Objects.requireNonNull(poll, "poll");
    Objects.requireNonNull(probeEvery, "probeEvery");
    if (maxRestarts < 0) {
      throw new IllegalArgumentException("maxRestarts < 0: " + maxRestarts);
    }
  }

  /**
   * The wait before a service that stopped is started again, given when it was started again
   * before; empty once it was started again {@code maxRestarts} times within the window ending now.
   */
  public Optional<Duration> nextDelay(List<Instant> earlierRestarts, Instant now) {
    long recent = earlierRestarts.stream().filter(at -> at.isAfter(now.minus(window))).count();
    if (recent >= maxRestarts) {
      return Optional.empty();
    }
    Duration delay = firstDelay.multipliedBy(1L << Math.min(recent, 20));
    return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
  }
}
