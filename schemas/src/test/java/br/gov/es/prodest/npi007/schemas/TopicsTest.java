package br.gov.es.prodest.npi007.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import java.util.List;
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

  @Test
  void aTopicIsFoundByItsName() {
    assertThat(Topics.named("npi007.incident.events")).contains(Topics.INCIDENT_EVENTS);
    assertThat(Topics.named("npi007.nenhum")).isEmpty();
  }

  @Test
  void aValidRecordOnAnotherTopicIsPoisonThere() {
    byte[] organ = AvroCodec.instance().encode(OrganUpdated.newBuilder()
        .setEnvelope(AvroCodecTest.envelope("SESA")).setCode("SESA").setName("Secretaria de Estado da Saúde")
        .setEmails(List.of("ti@saude.es.gov.br")).build());

    assertThat(Topics.ORGANS.decode(organ)).isInstanceOf(OrganUpdated.class);
    assertThatThrownBy(() -> Topics.INCIDENT_EVENTS.decode(organ))
        .isInstanceOf(UndecodableRecordException.class)
        .hasMessage("registro OrganUpdated não pertence ao tópico npi007.incident.events");
  }
}
