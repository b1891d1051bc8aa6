package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.application.MaintenanceRegister;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open windows of every partition, from the maintenance register (which reads the whole events
 * topic and keeps the windows not completed nor cancelled in an index of their own), for the
 * overlap check of the maintenances another task decides (the deciding task knows its own at
 * once: {@code MaintenanceCommandProcessor}). Right after start-up it waits a little for the
 * register to catch up, so that a request decided then still sees the maintenances of before. It
 * lags the topic by a fetch; that matters only for a maintenance not placed on its component's
 * partition (an id of an earlier version), since every new one of a component is decided by one task.
 */
final class RegisterOpenWindows implements Supplier<List<OpenWindow>> {

  private static final Logger log = LoggerFactory.getLogger(RegisterOpenWindows.class);
  private static final Duration CATCH_UP_PATIENCE = Duration.ofSeconds(10);

  private final MaintenanceRegister register;
  private final TopicReplay feed;
  private volatile boolean caughtUpOnce;

  RegisterOpenWindows(MaintenanceRegister register, TopicReplay feed) {
    this.register = register;
    this.feed = feed;
  }

  @Override
  public List<OpenWindow> get() {
    if (!caughtUpOnce) {
      awaitCatchUp();
    }
    return register.openWindows();
  }

  private void awaitCatchUp() {
    long deadline = System.nanoTime() + CATCH_UP_PATIENCE.toNanos();
    while (!feed.upToDate() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    caughtUpOnce = feed.upToDate();
    if (!caughtUpOnce) {
      log.warn("Registro de manutenções ainda não reconstruído: sobreposições de janelas podem não ser sinalizadas");
    }
  }
}
