package br.gov.es.prodest.npi007.processing;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The service's readiness probe ({@code /actuator/health/readiness}, issue 13): accepting traffic
 * only while the Kafka Streams app is RUNNING (not rebalancing or restoring), the read models are
 * up to date (the service's {@link ProcessingReadiness} or its like) and the broker answers. Checked on its own
 * thread, so a probe costs nothing: every second while accepting, every fifth of a second while not, so that a
 * service that starts (again) is UP within 0.2 s of being ready, not up to a second later (issue 16). The state
 * is Boot's application availability, which the readiness group's {@code readinessState} shows (and so the
 * root health).
 */
public final class ProcessingAvailability implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ProcessingAvailability.class);
  private static final long PERIOD_MS = 1000;
  private static final long PERIOD_WHILE_REFUSING_MS = 200;
  private static final int BROKER_TIMEOUT_MS = 1500;

  private final ApplicationEventPublisher publisher;
  private final ApplicationAvailability availability;
  private final StreamsBuilderFactoryBean streams;
  private final HealthIndicator processing;
  private final Map<String, Object> adminConfig;
  private ScheduledExecutorService checks;
  private Admin admin;
  private long lastCheck;

  /**
   * @param processing  the service's own readiness of its processing and read models
   * @param adminConfig the settings of an admin client of the service's broker (spring-kafka's KafkaAdmin's) */
  public ProcessingAvailability(ApplicationEventPublisher publisher, ApplicationAvailability availability,
      StreamsBuilderFactoryBean streams, HealthIndicator processing, Map<String, Object> adminConfig) {
    this.publisher = publisher;
    this.availability = availability;
    this.streams = streams;
    this.processing = processing;
    this.adminConfig = Map.copyOf(adminConfig);
  }

  @Override
  public synchronized void start() {
    admin = Admin.create(adminConfig);
    checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "npi007-readiness");
      thread.setDaemon(true);
      return thread;
    });
    checks.scheduleWithFixedDelay(this::tick, PERIOD_WHILE_REFUSING_MS, PERIOD_WHILE_REFUSING_MS,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    checks.shutdownNow();
    admin.close();
    checks = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return checks != null;
  }

  // a check every tick while refusing traffic; while accepting, one per PERIOD_MS
  private void tick() {
    long now = System.nanoTime();
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
        && now - lastCheck < TimeUnit.MILLISECONDS.toNanos(PERIOD_MS)) {
      return;
    }
    lastCheck = now;
    check();
  }

  private void check() {
    KafkaStreams kafkaStreams = streams.getKafkaStreams();
    boolean running = kafkaStreams != null && kafkaStreams.state() == KafkaStreams.State.RUNNING;
    boolean ready = running && Status.UP.equals(processing.health().getStatus()) && brokerAnswers();
    ReadinessState wanted = ready ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC;
    if (availability.getReadinessState() != wanted) {
      log.info("Prontidão do serviço: {}", wanted);
      AvailabilityChangeEvent.publish(publisher, this, wanted);
    }
  }

  private boolean brokerAnswers() {
    try {
      admin.describeCluster(new DescribeClusterOptions().timeoutMs(BROKER_TIMEOUT_MS)).clusterId()
          .get(BROKER_TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      return false;
    }
  }
}
