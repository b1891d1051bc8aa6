package br.gov.es.prodest.npi007.notification.tracking.adapter.kafka;

import br.gov.es.prodest.npi007.notification.tracking.application.Outbox;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox, in its store under the read models' directory, and the one replay of the
 * notifications and deliveries topics that keeps it current (resuming from the store's positions).
 * Spring stops the replay (a lifecycle) before it closes the store (a bean it destroys).
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

  @Bean(destroyMethod = "close")
  ProjectionStore outboxStore(@Value("${npi007.read-models.dir}") String readModels,
      @Value("${npi007.rocksdb.memory.mb:}") String memory) {
    return ProjectionStore.open(Path.of(readModels, "outbox"), Outbox.layout(),
        RocksDbBudget.of(RocksDbBudget.megabytes(memory)));
  }

  @Bean
  Outbox outbox(ProjectionStore outboxStore) {
    return new Outbox(outboxStore, new AvroOutboxRecords());
  }

  /** Both topics in one replay: a delivery record may come before or after its notification's, and both touch one entry. */
  @Bean
  TopicReplay outboxReplay(KafkaProperties kafka, ProjectionStore outboxStore, Outbox outbox) {
    String notifications = Topics.NOTIFICATIONS.name();
    return TopicReplay.into(outboxStore, "Caixa de saída", List.of(Topics.NOTIFICATIONS, Topics.DELIVERIES),
        kafka.buildConsumerProperties(), (record, write) -> {
          if (record.topic().equals(notifications)) {
            outbox.applyNotification(write, record.value());
          } else {
            outbox.applyDelivery(write, record.value());
          }
        });
  }
}
