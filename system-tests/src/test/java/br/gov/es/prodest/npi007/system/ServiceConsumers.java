package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;

/**
 * Which service reads which topic, as the broker sees it (the consumer groups' current assignments),
 * and so where that service's dead letters go.
 */
final class ServiceConsumers {

  private static final Map<String, TopicSpec> DEAD_LETTERS = Map.of(
      Topics.INCIDENT_SERVICE, Topics.INCIDENT_SERVICE_DEAD_LETTERS,
      Topics.NOTIFICATION_SERVICE, Topics.NOTIFICATION_SERVICE_DEAD_LETTERS,
      Topics.MAINTENANCE_SERVICE, Topics.MAINTENANCE_SERVICE_DEAD_LETTERS);

  private ServiceConsumers() {
  }

  /** Per topic of the catalogue, the dead-letter topics of the services whose consumer groups read it. */
  static Map<String, Set<TopicSpec>> deadLettersByTopic(String bootstrapServers) {
    Set<String> catalogue = new HashSet<>(Topics.all().stream().map(TopicSpec::name).toList());
    Map<String, Set<TopicSpec>> byTopic = new TreeMap<>();
    try (Admin admin = admin(bootstrapServers)) {
      List<String> groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId).toList();
      Collection<ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groups).all().get().values();
      for (ConsumerGroupDescription group : descriptions) {
        TopicSpec deadLetters = deadLettersOf(group.groupId());
        if (deadLetters == null) {
          continue;
        }
        group.members().forEach(member -> member.assignment().topicPartitions().stream()
            .map(partition -> partition.topic()).filter(catalogue::contains)
            .forEach(topic -> byTopic.computeIfAbsent(topic, t -> new HashSet<>()).add(deadLetters)));
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return byTopic;
  }

  static Set<String> topicNames(String bootstrapServers) {
    try (Admin admin = admin(bootstrapServers)) {
      return admin.listTopics().names().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static TopicSpec deadLettersOf(String groupId) {
    return DEAD_LETTERS.entrySet().stream().filter(service -> groupId.contains(service.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private static Admin admin(String bootstrapServers) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }
}
