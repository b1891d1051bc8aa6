package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider calls, each provider on its own bounded pool, so a slow or dead provider only
 * delays its own messages. A call's result is queued for the delivery loop, which records it.
 */
final class ProviderCalls {

  private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

  /** A finished attempt. */
  record Completion(String notificationId, DeliveryTarget target, int attempt, DeliveryResult result) {
  }

  private final Map<String, DeliveryAdapter> adapters = new HashMap<>();
  private final Map<String, ExecutorService> pools = new HashMap<>();
  private final int poolSize;
  private final Map<String, String> inFlight = new ConcurrentHashMap<>();
  private final Queue<Completion> completions = new ConcurrentLinkedQueue<>();

  ProviderCalls(List<DeliveryAdapter> adapters, int poolSize) {
    this.poolSize = poolSize;
    for (DeliveryAdapter adapter : adapters) {
      this.adapters.put(adapter.provider(), adapter);
      pools.put(adapter.provider(), Executors.newFixedThreadPool(poolSize, runnable -> {
        Thread thread = new Thread(runnable, "delivery-" + adapter.provider());
        thread.setDaemon(true);
        return thread;
      }));
    }
  }

  /** How many more attempts each provider takes now. */
  Map<String, Integer> freeSlots() {
    Map<String, Integer> free = new HashMap<>();
    adapters.keySet().forEach(provider -> free.put(provider, poolSize));
    inFlight.values().forEach(provider -> free.merge(provider, -1, Integer::sum));
    return free;
  }

  /** Makes the attempt on the provider's pool; its start is already recorded. */
  void call(DeliveryTarget target, Delivery delivery) {
    inFlight.put(target.deliveryId(), target.provider());
    pools.get(target.provider()).execute(() -> {
      DeliveryResult result;
      try {
        result = adapters.get(target.provider()).deliver(delivery);
      } catch (RuntimeException e) {
        // an adapter that throws broke its contract: the call may have gone out, so it is not repeated
        log.error("Provedor {} falhou na entrega {}", target.provider(), target.deliveryId(), e);
        result = new DeliveryResult.Uncertain("erro inesperado do adaptador " + target.provider() + ": " + e);
      }
      completions.add(new Completion(delivery.notificationId(), target, delivery.attempt(), result));
      inFlight.remove(target.deliveryId());
    });
  }

  /** True when an attempt of one of these notifications is still with its provider. */
  boolean anyInFlight(java.util.function.Predicate<String> deliveryIds) {
    return inFlight.keySet().stream().anyMatch(deliveryIds);
  }

  Completion nextCompletion() {
    return completions.poll();
  }

  void shutdown() {
    pools.values().forEach(ExecutorService::shutdown);
    pools.values().forEach(pool -> {
      try {
        pool.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
