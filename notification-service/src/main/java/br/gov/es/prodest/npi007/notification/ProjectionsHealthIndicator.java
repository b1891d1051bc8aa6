package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.notification.delivery.adapter.kafka.DeliveryEngine;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.StreamsRunState;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP once the Kafka Streams projection runs, the outbox has caught up with the notifications and
 * deliveries written before the start (one replay reads both; CONTRACTS.md, internal query APIs),
 * the public status with the incident, maintenance, notification and component records, and the
 * delivery loop runs; DOWN before, if any of them stops, and while a failed delivery session is being started again.
 */
@Component("projections")
@Qualifier("processingReadiness")
class ProjectionsHealthIndicator implements HealthIndicator {

  private final StreamsRunState streams;
  private final TopicReplay outboxReplay;
  private final TopicReplay publicStatusReplay;
  private final DeliveryEngine delivery;

  ProjectionsHealthIndicator(StreamsRunState streams, @Qualifier("outboxReplay") TopicReplay outboxReplay,
      @Qualifier("publicStatusReplay") TopicReplay publicStatusReplay, DeliveryEngine delivery) {
    this.streams = streams;
    this.outboxReplay = outboxReplay;
    this.publicStatusReplay = publicStatusReplay;
    this.delivery = delivery;
  }

  @Override
  public Health health() {
    boolean streamsRunning = streams.running();
    boolean outboxCaughtUp = outboxReplay.upToDate();
    boolean statusCaughtUp = publicStatusReplay.upToDate();
    boolean delivering = delivery.healthy();
    Health.Builder health = streamsRunning && outboxCaughtUp && statusCaughtUp && delivering ? Health.up()
        : Health.down();
    health.withDetail("streams", streams.state().name()).withDetail("outboxCaughtUp", outboxCaughtUp)
        .withDetail("publicStatusCaughtUp", statusCaughtUp).withDetail("delivery", delivering ? "RUNNING" : "DOWN");
    outboxReplay.failure().ifPresent(failure -> health.withDetail("outboxFailure", failure.toString()));
    publicStatusReplay.failure().ifPresent(failure -> health.withDetail("publicStatusFailure", failure.toString()));
    delivery.failure().ifPresent(failure -> health.withDetail("deliveryFailure", failure.toString()));
    return health.build();
  }
}
