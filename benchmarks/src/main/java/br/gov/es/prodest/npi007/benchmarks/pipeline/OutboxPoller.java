package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Finds when each reported incident's 6.1 becomes visible to ASCOM through the gateway's outbox
 * query. Its cost is bounded: one round at most every {@code interval}, each round asks about at most
 * {@code batch} pending incidents (those checked longest ago first) and waits for those answers, so
 * never more than {@code batch} queries are in flight. An incident is seen between the start of its
 * last negative check and the answer of its positive one: that window is the figure's resolution,
 * recorded beside each latency (which runs from the report's intended send time to the positive answer).
 */
final class OutboxPoller implements AutoCloseable {

  private final Reports gateway;
  private final Duration interval;
  private final int batch;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final List<Duration> latencies = new ArrayList<>();
  private final List<Duration> resolutions = new ArrayList<>();
  private final AtomicLong queries = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  private static final class Pending {
    final long intendedNanos;
    volatile long lastCheckNanos;

    Pending(long intendedNanos, long lastCheckNanos) {
      this.intendedNanos = intendedNanos;
      this.lastCheckNanos = lastCheckNanos;
    }
  }

  OutboxPoller(Reports gateway, Duration interval, int batch) {
    this.gateway = gateway;
    this.interval = interval;
    this.batch = batch;
    this.thread = new Thread(this::run, "benchmark-outbox-poller");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts looking for the 6.1 of an incident just answered 201. */
  void track(String incidentId, long intendedNanos) {
    pending.put(incidentId, new Pending(intendedNanos, System.nanoTime()));
  }

  int pendingCount() {
    return pending.size();
  }

  long queries() {
    return queries.get();
  }

  /** Waits until nothing is pending or the deadline passes; returns how many stay unseen. */
  int awaitAll(long deadlineNanos) {
    while (!pending.isEmpty() && System.nanoTime() < deadlineNanos) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    return pending.size();
  }

  synchronized LatencyStats latencies() {
    return LatencyStats.of(latencies);
  }

  synchronized LatencyStats resolutions() {
    return LatencyStats.of(resolutions);
  }

  /** Forgets what was seen, for the next step. */
  synchronized void reset() {
    pending.clear();
    latencies.clear();
    resolutions.clear();
    queries.set(0);
  }

  private void run() {
    while (running) {
      long roundStart = System.nanoTime();
      List<CompletableFuture<Void>> round = new ArrayList<>();
      pending.entrySet().stream().sorted(Comparator.comparingLong(entry -> entry.getValue().lastCheckNanos))
          .limit(batch).toList().forEach(entry -> round.add(check(entry.getKey(), entry.getValue())));
      try {
        CompletableFuture.allOf(round.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      } catch (Exception failedOrSlow) {
        // a failed query is retried in a later round; a stuck one is bounded by the client's timeout
      }
      LockSupport.parkNanos(roundStart + interval.toNanos() - System.nanoTime());
    }
  }

  private CompletableFuture<Void> check(String incidentId, Pending entry) {
    long sent = System.nanoTime();
    queries.incrementAndGet();
    return gateway.receiptVisible(incidentId).handle((visible, failure) -> {
      long answered = System.nanoTime();
      if (Boolean.TRUE.equals(visible) && pending.remove(incidentId) != null) {
        synchronized (this) {
          latencies.add(Duration.ofNanos(answered - entry.intendedNanos));
          resolutions.add(Duration.ofNanos(answered - entry.lastCheckNanos));
        }
      } else {
        entry.lastCheckNanos = sent;
      }
      return null;
    });
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(TimeUnit.SECONDS.toMillis(35));
  }
}
