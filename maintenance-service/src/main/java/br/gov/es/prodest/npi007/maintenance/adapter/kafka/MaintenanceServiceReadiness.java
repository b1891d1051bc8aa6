package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * UP once the command processor has been RUNNING (a later rebalance keeps it up) and the
 * maintenance register has caught up with the events that existed at start-up and keeps reading;
 * DOWN otherwise.
 */
public class MaintenanceServiceReadiness implements HealthIndicator {

  private final StreamsBuilderFactoryBean streams;
  private final TopicReplay feed;
  private volatile boolean streamsStarted;

  public MaintenanceServiceReadiness(StreamsBuilderFactoryBean streams, TopicReplay feed) {
    this.streams = streams;
    this.feed = feed;
  }

  @Override
  public Health health() {
    KafkaStreams kafkaStreams = streams.getKafkaStreams();
    KafkaStreams.State state = kafkaStreams == null ? KafkaStreams.State.CREATED : kafkaStreams.state();
    if (state == KafkaStreams.State.RUNNING) {
      streamsStarted = true;
    }
    boolean processing = streamsStarted && state.isRunningOrRebalancing();
    Health.Builder health = processing && feed.upToDate() ? Health.up() : Health.down();
    return health.withDetail("commandProcessor", state.name())
        .withDetail("maintenanceRegisterUpToDate", feed.upToDate())
        .build();
  }
}
