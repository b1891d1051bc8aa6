package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.replay.TopicReplay;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * UP once the command processor has been RUNNING (a later rebalance keeps it up) and every read
 * model's replay (the incident register's; the messages', over notifications and deliveries) has
 * caught up with the records that existed at start-up and keeps reading; DOWN otherwise.
 */
public class IncidentServiceReadiness implements HealthIndicator {

  private final StreamsBuilderFactoryBean streams;
  private final List<TopicReplay> feeds;
  private volatile boolean streamsStarted;

  public IncidentServiceReadiness(StreamsBuilderFactoryBean streams, List<TopicReplay> feeds) {
    this.streams = streams;
    this.feeds = List.copyOf(feeds);
  }

  @Override
  public Health health() {
    KafkaStreams kafkaStreams = streams.getKafkaStreams();
    KafkaStreams.State state = kafkaStreams == null ? KafkaStreams.State.CREATED : kafkaStreams.state();
    if (state == KafkaStreams.State.RUNNING) {
      streamsStarted = true;
    }
    boolean processing = streamsStarted && state.isRunningOrRebalancing();
    boolean readModelsUpToDate = feeds.stream().allMatch(TopicReplay::upToDate);
    Health.Builder health = processing && readModelsUpToDate ? Health.up() : Health.down();
    return health.withDetail("commandProcessor", state.name())
        .withDetail("readModelsUpToDate", readModelsUpToDate)
        .build();
  }
}
