package br.gov.es.prodest.npi007.gateway.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The internal API's answers, kept a moment: a public page read 100 times a second reaches the
 * notification-service about once per {@code ttl}. Concurrent readers of an expired key wait for
 * the one fetch under way instead of each starting their own; a failed fetch is not kept, so the
 * next reader tries again.
 */
public class StatusCache {

  private record Entry(Instant fetchedAt, CompletableFuture<Object> value) {
  }

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;

  /**
   * @param maxEntries bound on the keys kept (a key names a component, which a stranger chooses);
   *                   beyond it, answers are fetched without being kept
   */
  public StatusCache(Clock clock, Duration ttl, int maxEntries) {
    this.clock = clock;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> fetch) {
    Instant now = clock.instant();
    if (!entries.containsKey(key) && entries.size() >= maxEntries) {
      entries.values().removeIf(entry -> !fresh(entry, now));
      if (entries.size() >= maxEntries) {
        return fetch.get();
      }
    }
    CompletableFuture<Object> mine = new CompletableFuture<>();
    Entry current = entries.compute(key, (k, old) -> old != null && fresh(old, now) ? old : new Entry(now, mine));
    if (current.value() == mine) {
      try {
        mine.complete(fetch.get());
      } catch (RuntimeException failure) {
        entries.remove(key, current);
        mine.completeExceptionally(failure);
      }
    }
    try {
      return (T) current.value().join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  /** Forgets every answer (tests that change the service's answers between requests). */
  public void clear() {
    entries.clear();
  }

  /** A fetch under way is always fresh: its readers wait for it. */
  private boolean fresh(Entry entry, Instant now) {
    return !entry.value().isDone() || entry.fetchedAt().plus(ttl).isAfter(now);
  }
}
