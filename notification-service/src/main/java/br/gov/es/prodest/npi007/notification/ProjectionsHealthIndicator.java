package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.notification.message.adapter.kafka.StreamsRunState;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.OutboxFeed;
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
  private final OutboxFeed outboxFeed;

  ProjectionsHealthIndicator(StreamsRunState streams, OutboxFeed outboxFeed) {
    this.streams = streams;
    this.outboxFeed = outboxFeed;
  }

  @Override
  public Health health() {
    boolean streamsRunning = streams.running();
    boolean outboxCaughtUp = outboxFeed.caughtUp() && outboxFeed.failure() == null;
    Health.Builder health = streamsRunning && outboxCaughtUp ? Health.up() : Health.down();
    health.withDetail("streams", streams.state().name()).withDetail("outboxCaughtUp", outboxCaughtUp);
    if (outboxFeed.failure() != null) {
      health.withDetail("outboxFailure", outboxFeed.failure().toString());
    }
    return health.build();
  }
}
