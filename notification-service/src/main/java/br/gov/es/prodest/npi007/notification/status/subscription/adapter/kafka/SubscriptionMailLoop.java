package br.gov.es.prodest.npi007.notification.status.subscription.adapter.kafka;

import br.gov.es.prodest.npi007.notification.status.subscription.application.SubscriptionMailer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the subscribers' mailer on one thread about every second, once both read models it reads are
 * up to date (a subscription or an update still being replayed must not be missed). Stops with the
 * context, before the stores close. Without a secret (or an e-mail provider) it stays off.
 */
public final class SubscriptionMailLoop implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionMailLoop.class);

  private final Optional<SubscriptionMailer> mailer;
  private final BooleanSupplier ready;
  private ScheduledExecutorService executor;

  SubscriptionMailLoop(Optional<SubscriptionMailer> mailer, BooleanSupplier ready) {
    this.mailer = mailer;
    this.ready = ready;
  }

  @Override
  public synchronized void start() {
    if (mailer.isEmpty()) {
      LOG.warn("Assinaturas da página de situação: e-mails desligados (defina NPI007_SUBSCRIPTION_SECRET, "
          + "o mesmo valor do gateway, para enviar confirmações e atualizações)");
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "status-subscription-mailer");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.SECONDS);
  }

  private void round() {
    try {
      if (ready.getAsBoolean()) {
        mailer.get().runOnce(Instant.now());
      }
    } catch (RuntimeException e) {
      LOG.error("Assinaturas da página de situação: falha numa rodada de envio; nova tentativa em 1 s", e);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdown();
      try {
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  /** Stops before the replays (and so before the stores close). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
