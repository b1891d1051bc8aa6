package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.notification.message.adapter.kafka.StreamsRunState;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP once the Kafka Streams projection runs and the outbox has caught up with the notifications
 * written before the start (CONTRACTS.md, internal query APIs); DOWN before, and if either stops.
 */
@Component("projections")
class ProjectionsHealthIndicator implements HealthIndicator {

  private final StreamsRunState streams;
  private final TopicReplay outboxReplay;

  ProjectionsHealthIndicator(StreamsRunState streams, TopicReplay outboxReplay) {
    this.streams = streams;
    this.outboxReplay = outboxReplay;
  }

  @Override
  public Health health() {
    boolean streamsRunning = streams.running();
    boolean outboxCaughtUp = outboxReplay.upToDate();
    Health.Builder health = streamsRunning && outboxCaughtUp ? Health.up() : Health.down();
    health.withDetail("streams", streams.state().name()).withDetail("outboxCaughtUp", outboxCaughtUp);
    outboxReplay.failure().ifPresent(failure -> health.withDetail("outboxFailure", failure.toString()));
    return health.build();
  }
}
