package br.gov.es.prodest.npi007.benchmarks.history;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class HistoryEventsTest {

  @Test
  void theHistoryIsTheSystemsFourEventTopicsFromTheCatalogue() {
    assertThat(HistoryEvents.TOPICS).containsExactly(Topics.INCIDENT_EVENTS, Topics.MAINTENANCE_EVENTS,
        Topics.NOTIFICATIONS, Topics.DELIVERIES);
  }

  @Test
  void eachTopicHoldsTheSumOverItsPartitionsOfEndMinusStart() {
    TopicPartition events0 = new TopicPartition("events", 0);
    TopicPartition events1 = new TopicPartition("events", 1);
    TopicPartition outbox0 = new TopicPartition("outbox", 0);
    Map<String, Long> counted = HistoryEvents.count(List.of("events", "outbox", "deliveries"),
        Map.of(events0, 0L, events1, 40L), Map.of(events0, 100L, events1, 50L, outbox0, 7L));

    assertThat(counted).containsExactly(Map.entry("events", 110L), Map.entry("outbox", 7L), Map.entry("deliveries", 0L));
    assertThat(HistoryEvents.total(counted)).isEqualTo(117);
  }

  @Test
  void aTopicOutsideTheHistoryIsNotCounted() {
    Map<String, Long> counted = HistoryEvents.count(List.of("events"), Map.of(),
        Map.of(new TopicPartition("commands", 0), 1000L));
    assertThat(HistoryEvents.total(counted)).isZero();
  }
}
