package br.gov.es.prodest.npi007.notification.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentReported;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given an incident event, which messages of the norm follow. */
class MessageProjectionTest {

  private static final Templates TEMPLATES = message -> Template.of(message,
      "Prezado, recebemos sua notificação sobre o possível incidente no {{component}}. <{{serviceDeskUrl}}>"
          .getBytes(StandardCharsets.UTF_8));
  private static final MessageProjection.Settings SETTINGS =
      new MessageProjection.Settings("https://sa.example", ReviewPolicy.ofIds(List.of("6.1", "6.3")),
          KnownOrgans.none());
  private static final Causation CAUSATION = new Causation("event-1", "incident-1",
      Instant.parse("2025-03-15T02:30:00Z"), "command-1", "correlation-1");

  @Test
  void aClientsPostInTheGroupIsAcknowledgedWith_6_1() {
    List<Notification> notifications = MessageProjection.project(
        new IncidentReported(CAUSATION, "Portal do Servidor", "SESA", ReportSource.WHATSAPP_GROUP), TEMPLATES, SETTINGS);

    assertThat(notifications).singleElement().satisfies(notification -> {
      assertThat(notification.notificationId()).isEqualTo(
          UUID.nameUUIDFromBytes("event-1/6.1".getBytes(StandardCharsets.UTF_8)).toString());
      assertThat(notification.renderedEventId()).isEqualTo(UUID.nameUUIDFromBytes(
          (notification.notificationId() + "/rendered").getBytes(StandardCharsets.UTF_8)).toString());
      assertThat(notification.incidentId()).isEqualTo("incident-1");
      assertThat(notification.reviewRequired()).isTrue();
      assertThat(notification.rendered().message()).isEqualTo(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT);
      assertThat(notification.rendered().on(Channel.WHATSAPP).orElseThrow().text())
          .isEqualTo("Prezado, recebemos sua notificação sobre o possível incidente no Portal do Servidor. <https://sa.example>");
    });
  }

  @Test
  void anIncidentDetectedByProdestCallsForNoMessage() {
    for (ReportSource source : List.of(ReportSource.MONITORING, ReportSource.INTERNAL_TEST,
        ReportSource.INTERNAL_COMPLAINT, ReportSource.SERVICE_DESK)) {
      assertThat(MessageProjection.project(new IncidentReported(CAUSATION, "Portal", "PRODEST", source),
          TEMPLATES, SETTINGS)).as(source.name()).isEmpty();
    }
  }

  @Test
  void messagesOutsideTheReviewListGoAtOnce() {
    MessageProjection.Settings auto = new MessageProjection.Settings("https://sa.example",
        ReviewPolicy.ofIds(List.of("6.3")), KnownOrgans.none());

    assertThat(MessageProjection.project(new IncidentReported(CAUSATION, "Portal", "SESA", ReportSource.WHATSAPP_GROUP),
        TEMPLATES, auto)).singleElement().extracting(Notification::reviewRequired).isEqualTo(false);
  }
}
