package br.gov.es.prodest.npi007.notification.status.subscription.adapter.kafka;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.notification.status.application.PublicStatus;
import br.gov.es.prodest.npi007.notification.status.subscription.adapter.mail.DeliveryMailSender;
import br.gov.es.prodest.npi007.notification.status.subscription.application.StatusSubscriptions;
import br.gov.es.prodest.npi007.notification.status.subscription.application.SubscriptionMailer;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionLinks;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail subscriptions in their own store, kept by a replay of the compacted topic (a tombstone
 * ends one), and the loop that mails the subscribers through the service's e-mail provider.
 */
@Configuration(proxyBeanMethods = false)
public class SubscriptionConfiguration {

  @Bean(destroyMethod = "close")
  ProjectionStore statusSubscriptionsStore(@Value("${npi007.read-models.dir}") String readModels,
      @Value("${npi007.rocksdb.memory.mb:}") String memory) {
    return ProjectionStore.open(Path.of(readModels, "status-subscriptions"), StatusSubscriptions.LAYOUT,
        RocksDbBudget.of(RocksDbBudget.megabytes(memory)));
  }

  @Bean
  StatusSubscriptions statusSubscriptions(ProjectionStore statusSubscriptionsStore) {
    return new StatusSubscriptions(statusSubscriptionsStore);
  }

  @Bean
  TopicReplay statusSubscriptionsReplay(KafkaProperties kafka, ProjectionStore statusSubscriptionsStore,
      StatusSubscriptions subscriptions) {
    AvroSubscriptions records = new AvroSubscriptions();
    return TopicReplay.into(statusSubscriptionsStore, "Assinaturas da página de situação",
        List.of(Topics.STATUS_SUBSCRIPTIONS), kafka.buildConsumerProperties(), (record, write) -> {
          if (record.value() == null) {
            subscriptions.end(write, new String(record.key(), StandardCharsets.UTF_8));
          } else {
            subscriptions.put(write, records.read(record.value()));
          }
        });
  }

  @Bean
  SubscriptionMailLoop subscriptionMailLoop(StatusSubscriptions subscriptions, PublicStatus publicStatus,
      List<DeliveryAdapter> adapters, @Value("${npi007.status.subscription-secret:}") String secret,
      @Value("${npi007.public-url}") String publicUrl,
      @Qualifier("statusSubscriptionsReplay") TopicReplay subscriptionsReplay,
      @Qualifier("publicStatusReplay") TopicReplay publicStatusReplay) {
    Optional<DeliveryAdapter> email = adapters.stream().filter(a -> a.channel() == Channel.EMAIL).findFirst();
    Optional<SubscriptionMailer> mailer = secret.isBlank() || email.isEmpty() ? Optional.empty()
        : Optional.of(new SubscriptionMailer(subscriptions, publicStatus, new DeliveryMailSender(email.get()),
            new SubscriptionLinks(publicUrl, secret)));
    return new SubscriptionMailLoop(mailer, () -> subscriptionsReplay.upToDate() && publicStatusReplay.upToDate());
  }
}
