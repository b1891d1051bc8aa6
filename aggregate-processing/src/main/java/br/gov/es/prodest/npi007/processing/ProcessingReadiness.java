package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.replay.TopicReplay;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * A service's readiness: UP once its command processor (the Kafka Streams app) has been RUNNING (a
 * later rebalance keeps it up) and every read model's replay has caught up with the records that
 * existed at start-up and keeps reading; DOWN otherwise.
 */
public final class ProcessingReadiness implements HealthIndicator {

  private final StreamsBuilderFactoryBean streams;
  private final List<TopicReplay> readModels;
  private volatile boolean streamsStarted;

  public ProcessingReadiness(StreamsBuilderFactoryBean streams, List<TopicReplay> readModels) {
    this.streams = streams;
    this.readModels = List.copyOf(readModels);
  }

  @Override
  public Health health() {
    KafkaStreams kafkaStreams = streams.getKafkaStreams();
    KafkaStreams.State state = kafkaStreams == null ? KafkaStreams.State.CREATED : kafkaStreams.state();
    if (state == KafkaStreams.State.RUNNING) {
      streamsStarted = true;
    }
    boolean processing = streamsStarted && state.isRunningOrRebalancing();
    boolean readModelsUpToDate = readModels.stream().allMatch(TopicReplay::upToDate);
    Health.Builder health = processing && readModelsUpToDate ? Health.up() : Health.down();
    return health.withDetail("commandProcessor", state.name())
        .withDetail("readModelsUpToDate", readModelsUpToDate)
        .build();
  }
}
