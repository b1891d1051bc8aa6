package br.gov.es.prodest.npi007.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Independent flows of one suite, started together on one running system and each awaited by its
 * own test: a flow mostly waits (on timers, deliveries, the settle time for duplicates), so the
 * suite takes about as long as its longest flow instead of their sum. Each flow keeps its own
 * assertions; a failure is thrown in the test that awaits it, as if the flow had run there.
 */
final class ConcurrentFlows implements AutoCloseable {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, CompletableFuture<Void>> flows = new LinkedHashMap<>();

  /** Starts the flow now, under its name. */
  synchronized void start(String name, Runnable flow) {
    flows.put(name, CompletableFuture.runAsync(flow, threads));
  }

  /** Waits for the flow to end and throws what it threw (an assertion's error, as is). */
  void await(String name) {
    CompletableFuture<Void> flow;
    synchronized (this) {
      flow = flows.get(name);
    }
    if (flow == null) {
      throw new IllegalStateException("fluxo não iniciado: " + name);
    }
    try {
      flow.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /** Waits for every flow to end, whether it passed or not (their tests report them). */
  void awaitAll() {
    CompletableFuture<?>[] all;
    synchronized (this) {
      all = flows.values().toArray(CompletableFuture[]::new);
    }
    CompletableFuture.allOf(all).exceptionally(failed -> null).join();
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
