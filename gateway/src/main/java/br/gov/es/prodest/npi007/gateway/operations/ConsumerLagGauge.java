package br.gov.es.prodest.npi007.gateway.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code npi007.consumer.lag{group,topic}}: the offsets each consumer group of the system
 * (prefix {@code npi007-}: the services' Kafka Streams application ids, the notification
 * delivery's group, this gateway's reply groups) has still to read, per topic. Read on its own
 * thread every {@code npi007.operations.lag-refresh}; a scrape only reads the last values. A broker
 * that does not answer keeps the last values and one WARN until it answers again.
 */
@Component
public class ConsumerLagGauge implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ConsumerLagGauge.class);

  private final ConsumerLagReader reader;
  private final MultiGauge gauge;
  private final OperationsProperties properties;
  private ScheduledExecutorService scheduler;
  private volatile boolean failing;

  ConsumerLagGauge(@Qualifier("operationsAdmin") Admin admin, MeterRegistry registry, OperationsProperties properties) {
    this.reader = new ConsumerLagReader(admin, properties.groupPrefix(), properties.adminTimeout().toMillis());
    this.gauge = MultiGauge.builder("npi007.consumer.lag")
        .description("Offsets a consumer group has still to read on a topic (end READ_COMMITTED minus committed)")
        .register(registry);
    this.properties = properties;
  }

  /** Reads the lag now and publishes it (the scheduled task; tests call it to avoid waiting). */
  public synchronized void refresh() {
    try {
      Collection<ConsumerLagReader.Lag> lags = reader.read();
      gauge.register(lags.stream()
          .map(lag -> MultiGauge.Row.of(Tags.of("group", lag.group(), "topic", lag.topic()), lag.offsets()))
          .toList(), true);
      if (failing) {
        failing = false;
        log.info("Leitura do atraso dos consumidores restabelecida");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      if (!failing) {
        failing = true;
        log.warn("Não foi possível ler o atraso dos consumidores no Kafka; mantidos os últimos valores: {}",
            e.toString());
      }
    }
  }

  @Override
  public synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "npi007-consumer-lag");
      thread.setDaemon(true);
      return thread;
    });
    long period = properties.lagRefresh().toMillis();
    scheduler.scheduleWithFixedDelay(this::refresh, 0, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
