package br.gov.es.prodest.npi007.benchmarks.status;

import br.gov.es.prodest.npi007.benchmarks.pipeline.Gateway;
import br.gov.es.prodest.npi007.benchmarks.pipeline.LatencyStats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Anonymous GETs of one path at a fixed offered rate: request i leaves at start + i / rate whatever
 * the server does, and is timed from that instant (no coordinated omission). What is unanswered ten
 * seconds after the schedule ends counts as such.
 */
final class OpenLoopGets implements AutoCloseable {

  record Outcome(LatencyStats latencies, int answered, int not200, int unanswered) {
  }

  private final ExecutorService responses = Executors.newFixedThreadPool(2, Gateway.daemon("status-bench-http"));
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(responses).build();
  private final URI base;
  private final Duration timeout;

  OpenLoopGets(URI base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
  }

  Outcome run(String path, double ratePerSecond, double seconds) throws InterruptedException {
    int count = Math.max(1, (int) Math.floor(ratePerSecond * seconds));
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build();
    List<Duration> latencies = Collections.synchronizedList(new ArrayList<>(count));
    AtomicInteger not200 = new AtomicInteger();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(count);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    for (int i = 0; i < count; i++) {
      long intended = start + Math.round(i * 1e9 / ratePerSecond);
      long wait = intended - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenAccept(answer -> {
        latencies.add(Duration.ofNanos(System.nanoTime() - intended));
        if (answer.statusCode() != 200) {
          not200.incrementAndGet();
        }
      }));
    }
    try {
      CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(timeout.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException failedOrLate) {
      // counted below: a failed or late request has no latency
    }
    List<Duration> answered;
    synchronized (latencies) {
      answered = new ArrayList<>(latencies);
    }
    return new Outcome(LatencyStats.of(answered), answered.size(), not200.get(), count - answered.size());
  }

  @Override
  public void close() {
    responses.shutdownNow();
  }
}
