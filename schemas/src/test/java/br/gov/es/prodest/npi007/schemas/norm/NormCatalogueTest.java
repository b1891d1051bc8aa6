package br.gov.es.prodest.npi007.schemas.norm;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/** The catalogue of the norm's messages speaks the wire's words: its triggers name real events, fields and values. */
class NormCatalogueTest {

  @Test
  void everyTriggerNamesAnEventOfItsSubjectsTopicAndOneOfItsValues() throws ClassNotFoundException {
    for (NormTrigger trigger : NormTrigger.values()) {
      for (String event : trigger.wireEvents()) {
        Class<?> type = Class.forName("br.gov.es.prodest.npi007.avro." + trigger.subject().name().toLowerCase()
            + "." + event);
        if (trigger.wireField() != null) {
          Schema field = SpecificData.get().getSchema(type).getField(trigger.wireField()).schema();
          Schema symbols = field.isUnion() ? field.getTypes().stream()
              .filter(branch -> branch.getType() == Schema.Type.ENUM).findFirst().orElseThrow() : field;
          assertThat(symbols.getEnumSymbols()).as(trigger + " on " + event).contains(trigger.wireValue());
        }
      }
    }
  }

  @Test
  void eachTriggerRequiresOneMessage() {
    assertThat(Arrays.stream(NormTrigger.values()).map(NormMessage::requiredBy))
        .doesNotHaveDuplicates().containsExactlyInAnyOrder(NormMessage.values());
  }

  @Test
  void channelsAreTheWiresDeliveryChannels() {
    assertThat(Arrays.stream(NormChannel.values()).map(Enum::name))
        .containsExactly(Arrays.stream(DeliveryChannel.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void theMessagesOfAnIncidentAreTheOnesItsComplianceRequires() {
    assertThat(Arrays.stream(NormMessage.values()).filter(NormMessage::requiredOfIncidents).map(NormMessage::id))
        .containsExactly("6.1", "6.2", "6.3", "6.4", "6.6");
  }

  @Test
  void triggersCiteTheirRule() {
    assertThat(NormTrigger.ofReport("WHATSAPP_GROUP")).contains(NormTrigger.REPORT_FROM_WHATSAPP_GROUP);
    assertThat(NormTrigger.ofReport("MONITORING")).isEmpty();
    assertThat(NormTrigger.ofVerdict("CONFIRMED_RESTRICTED").why("SESA"))
        .isEqualTo("incidente confirmado, restrito ao órgão SESA (NPI-007 5.2.2.3)");
    assertThat(NormMessage.MAINTENANCE_REMINDER.section()).isEqualTo("6.5");
  }

  @Test
  void theDefaultsOfTheSettings() {
    assertThat(NormMessage.ids(NormMessage.reviewedByDefault()))
        .isEqualTo("6.1,6.2,6.3,6.4,6.5,6.6,6.5-reagendamento,6.5-cancelamento");
    assertThat(NormMessage.ids(NormMessage.replicatedByEmailByDefault())).isEqualTo("6.3,6.4,6.6");
  }
}
