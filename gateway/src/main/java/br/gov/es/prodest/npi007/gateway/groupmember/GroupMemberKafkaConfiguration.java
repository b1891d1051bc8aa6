package br.gov.es.prodest.npi007.gateway.groupmember;

import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueHealth;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The members topic: the replay that keeps this gateway's directory in force, and its health ("groupMembers"). */
@Configuration(proxyBeanMethods = false)
class GroupMemberKafkaConfiguration {

  @Bean
  TopicReplay groupMemberDirectoryReplay(KafkaProperties kafka, GroupMemberDirectory directory) {
    return directory.replay(kafka.buildConsumerProperties());
  }

  @Bean
  CatalogueHealth groupMembers(@Qualifier("groupMemberDirectoryReplay") TopicReplay replay) {
    return new CatalogueHealth(replay, GroupMemberDirectory.NAMES);
  }
}
