package br.gov.es.prodest.npi007.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void topicNamesAreUnique() {
    assertThat(Topics.all()).extracting(TopicSpec::name).doesNotHaveDuplicates();
  }

  @Test
  void eventTopicsAreKeptForever() {
    assertThat(Topics.INCIDENT_EVENTS.config()).containsEntry("retention.ms", "-1");
    assertThat(Topics.NOTIFICATIONS.config()).containsEntry("retention.ms", "-1");
  }

  @Test
  void everyTopicHasOneWriter() {
    assertThat(Topics.writtenBy(Topics.INCIDENT_SERVICE))
        .contains(Topics.INCIDENT_EVENTS, Topics.INCIDENT_COMMAND_RESULTS)
        .doesNotContain(Topics.INCIDENT_COMMANDS);
    assertThat(Topics.all()).allSatisfy(topic -> assertThat(topic.writer()).isNotBlank());
  }
}
