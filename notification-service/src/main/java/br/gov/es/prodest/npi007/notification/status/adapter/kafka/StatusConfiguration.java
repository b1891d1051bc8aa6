package br.gov.es.prodest.npi007.notification.status.adapter.kafka;

import br.gov.es.prodest.npi007.notification.status.application.PublicStatus;
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
 * The public status, in its store under the read models' directory, and the one replay of the
 * incident, maintenance, notification and component topics that keeps it current (resuming from the
 * store's positions). One replay for the four: a 6.3's approval and its incident's verdict meet in
 * one subject, whatever order they are read in. Spring stops the replay before it closes the store.
 */
@Configuration(proxyBeanMethods = false)
public class StatusConfiguration {

  @Bean(destroyMethod = "close")
  ProjectionStore publicStatusStore(@Value("${npi007.read-models.dir}") String readModels,
      @Value("${npi007.rocksdb.memory.mb:}") String memory) {
    return ProjectionStore.open(Path.of(readModels, "public-status"), PublicStatus.layout(),
        RocksDbBudget.of(RocksDbBudget.megabytes(memory)));
  }

  @Bean
  PublicStatus publicStatus(ProjectionStore publicStatusStore) {
    return new PublicStatus(publicStatusStore, new AvroStatusRecords(), ShippedComponents.read());
  }

  @Bean
  TopicReplay publicStatusReplay(KafkaProperties kafka, ProjectionStore publicStatusStore, PublicStatus publicStatus) {
    return TopicReplay.into(publicStatusStore, "Página de situação",
        List.of(Topics.INCIDENT_EVENTS, Topics.MAINTENANCE_EVENTS, Topics.NOTIFICATIONS, Topics.COMPONENTS),
        kafka.buildConsumerProperties(), (record, write) -> publicStatus.apply(write, record.value()));
  }
}
