package br.gov.es.prodest.npi007.gateway.status.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code max} requests per key in a sliding {@code window}, in memory and bounded: each key
 * keeps at most {@code max} instants, and at most {@code maxKeys} keys are kept. When that many keys
 * are all still inside their window, new keys are refused (fail closed: a flood of addresses stops
 * new subscriptions for a while rather than lifting everyone's limit). A restart forgets the counts.
 */
final class SubscriptionLimits {

  private final int max;
  private final Duration window;
  private final int maxKeys;
  private final Clock clock;
  private final Map<String, Deque<Instant>> requests = new HashMap<>();

  SubscriptionLimits(int max, Duration window, int maxKeys, Clock clock) {
    this.max = max;
    this.window = window;
    this.maxKeys = maxKeys;
    this.clock = clock;
  }

  /** Counts one request of the key; false, and not counted, when the key already has {@code max} in the window. */
  synchronized boolean tryAcquire(String key) {
    Instant now = clock.instant();
    Instant since = now.minus(window);
    Deque<Instant> times = requests.get(key);
    if (times == null) {
      if (requests.size() >= maxKeys) {
        requests.values().removeIf(deque -> expire(deque, since));
        if (requests.size() >= maxKeys) {
          return false;
        }
      }
      times = new ArrayDeque<>(max);
      requests.put(key, times);
    }
    expire(times, since);
    if (times.size() >= max) {
      return false;
    }
    times.addLast(now);
    return true;
  }

  /** Forgets every count (tests start from none). */
  synchronized void clear() {
    requests.clear();
  }

  /** Drops the instants outside the window; true when none is left. */
  private static boolean expire(Deque<Instant> times, Instant since) {
    while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
      times.removeFirst();
    }
    return times.isEmpty();
  }
}
