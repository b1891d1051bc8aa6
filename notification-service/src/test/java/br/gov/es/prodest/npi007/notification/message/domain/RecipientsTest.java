package br.gov.es.prodest.npi007.notification.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.ServiceRestored;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts.Window;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who receives each message by e-mail, from the catalogue in force (CONTRACTS.md, "Recipients"). */
class RecipientsTest {

  private static final Templates TEMPLATES = message -> Template.of(message, (message.titled() ? "Título\n\n" : "")
      .concat("Texto do {{component}}.").getBytes(StandardCharsets.UTF_8));
  private static final OrganNames ORGANS = new KnownOrgans(Map.of("SESA", "Secretaria de Estado da Saúde"), Map.of(
      "PRODEST", List.of("ascom@prodest.es.gov.br"),
      "SESA", List.of("ti@saude.es.gov.br", "ascom@prodest.es.gov.br"),
      "SEDU", List.of("suporte@sedu.es.gov.br")));
  private static final Causation CAUSATION = new Causation("event-1", "incident-1",
      Instant.parse("2025-03-15T02:30:00Z"), "command-1", "correlation-1");
  private static final MessageProjection.Settings SETTINGS = new MessageProjection.Settings("https://sa.example",
      ReviewPolicy.ofIds(List.of()), ORGANS);

  @Test
  void aGeneralUnavailabilityIsEmailedToEveryOrgan() {
    assertThat(emailOf(new IncidentTriaged(CAUSATION, "Portal", Verdict.CONFIRMED_GENERAL, "acesso", null), SETTINGS))
        .containsExactly("ascom@prodest.es.gov.br", "suporte@sedu.es.gov.br", "ti@saude.es.gov.br");
  }

  @Test
  void aRestrictedOneToTheAffectedOrganAndProdest_andItsRestorationToo() {
    List<String> affected = List.of("ascom@prodest.es.gov.br", "ti@saude.es.gov.br");
    assertThat(emailOf(new IncidentTriaged(CAUSATION, "Portal", Verdict.CONFIRMED_RESTRICTED, "acesso", "SESA"), SETTINGS))
        .isEqualTo(affected);
    assertThat(emailOf(new ServiceRestored(CAUSATION, "Portal", Verdict.CONFIRMED_RESTRICTED, "SESA"), SETTINGS))
        .isEqualTo(affected);
  }

  @Test
  void anAcknowledgementGoesToTheGroupOnly() {
    Notification acknowledgement = MessageProjection.project(new IncidentReported(CAUSATION, "Portal", "SESA",
        ReportSource.WHATSAPP_GROUP), TEMPLATES, SETTINGS).get(0);
    assertThat(acknowledgement.rendered().texts()).extracting(ChannelText::channel).containsExactly(Channel.WHATSAPP);
  }

  @Test
  void aMessageLeftOutOfTheReplicationIsNotEmailed() {
    MessageProjection.Settings only63 = new MessageProjection.Settings("https://sa.example", ReviewPolicy.ofIds(List.of()),
        ORGANS, EmailReplication.ofIds(List.of("6.3")));
    Notification restored = MessageProjection.project(new ServiceRestored(CAUSATION, "Portal"), TEMPLATES, only63).get(0);
    assertThat(restored.rendered().on(Channel.EMAIL)).isEmpty();
  }

  @Test
  void aMaintenanceNoticeIsEmailedToEveryOrgan_namedAfterItsEvent() {
    Notification notice = MessageProjection.project(new MaintenanceEvent.MaintenanceCancelled(
        new Causation("event-9", "maintenance-1", CAUSATION.occurredAt(), "command-9", "correlation-9"), "Portal",
        new Window(Instant.parse("2025-03-22T01:00:00Z"), Instant.parse("2025-03-22T04:30:00Z")), null),
        TEMPLATES, SETTINGS);

    assertThat(notice.maintenanceId()).isEqualTo("maintenance-1");
    assertThat(notice.notificationId()).isEqualTo(Notification.idOf("event-9", MessageTemplate.MAINTENANCE_CANCELLED));
    assertThat(notice.rendered().on(Channel.EMAIL).orElseThrow().recipients())
        .containsExactly("ascom@prodest.es.gov.br", "suporte@sedu.es.gov.br", "ti@saude.es.gov.br");
  }

  private static List<String> emailOf(IncidentEvent event, MessageProjection.Settings settings) {
    return MessageProjection.project(event, TEMPLATES, settings).get(0).rendered().on(Channel.EMAIL).orElseThrow()
        .recipients();
  }
}
