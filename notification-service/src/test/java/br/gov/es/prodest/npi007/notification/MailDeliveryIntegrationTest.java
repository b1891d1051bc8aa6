package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.DeliveryTopics.PATIENCE;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.awaitDelivered;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.awaitRendered;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.rendition;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.nameUuid;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.message.adapter.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** E-mails through SMTP (GreenMail): the replicated notices, the maintenance notice, the catalogue in force. */
class MailDeliveryIntegrationTest extends OnRealProviders {

  @Autowired
  OrganCatalogue catalogue;

  @Autowired
  MeterRegistry registry;

  /**
   * A report's 6.1, e-mailed: the meters count it rendered once, mailed once per recipient, and time
   * each delivery and the acknowledgement once (read as changes: the context is shared by this class's tests).
   */
  @Test
  void aReportAcknowledgedByMail_isCountedAndTimedOnce() {
    Meters meters = new Meters(registry);
    double rendered = meters.count("npi007.messages.rendered", "message", "6.1");
    double mailed = meters.count("npi007.deliveries", "channel", "email", "provider", "smtp", "outcome", "delivered");
    long mailTimed = meters.timed("npi007.delivery", "channel", "email");
    long acknowledged = meters.timed("npi007.report.to.acknowledgement");
    String incidentId = UUID.randomUUID().toString();
    String component = "Sistema de Diárias " + tag();
    IncidentReported report = IncidentEvents.reported(incidentId, component, ReportSource.WHATSAPP_GROUP,
        Instant.now());

    DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incidentId, report);
    String notificationId = notificationIdOf(report.getEnvelope(), "6.1");
    awaitDelivered(notificationId);

    List<String> recipients = rendition(awaitRendered(notificationId), DeliveryChannel.EMAIL).getRecipients();
    assertThat(recipients).containsAll(ORGAN_ADDRESSES);
    assertThat(MAIL.containing(component)).hasSize(recipients.size());
    // the meters are told right after the commit that the test reads: the same moment, give or take
    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(meters.count("npi007.messages.rendered", "message", "6.1") - rendered).isEqualTo(1);
      assertThat(meters.count("npi007.deliveries", "channel", "email", "provider", "smtp", "outcome", "delivered")
          - mailed).isEqualTo(recipients.size());
      assertThat(meters.timed("npi007.delivery", "channel", "email") - mailTimed).isEqualTo(recipients.size());
      assertThat(meters.timed("npi007.report.to.acknowledgement") - acknowledged).isEqualTo(1);
    });
  }

  /** A 6.3 replicated by e-mail: one message per recipient of the rendition, as rendered, accents intact. */
  @Test
  void anUnavailabilityNoticeIsMailedToEveryRecipient_asRendered() {
    String component = "Sistema de Protocolo Eletrônico – Órgãos " + tag();
    String notificationId = confirm(component, "a tramitação de processos");

    awaitDelivered(notificationId);
    Rendition email = rendition(awaitRendered(notificationId), DeliveryChannel.EMAIL);
    assertThat(email.getRecipients()).containsAll(ORGAN_ADDRESSES);
    List<Mailbox.Mail> received = MAIL.containing(component);
    assertThat(received).extracting(Mailbox.Mail::to).containsExactlyInAnyOrderElementsOf(email.getRecipients());
    assertThat(received).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("PRODEST Informa: Aviso de Indisponibilidade").isEqualTo(email.getSubject());
      assertThat(mail.text()).isEqualTo(email.getText()).contains("Nossa equipe está trabalhando", "– Órgãos");
      assertThat(mail.html()).isEqualTo(email.getHtml());
    });
  }

  /** 6.5 from the maintenance-service's event: every organ's address, word for word, times in Brasília. */
  @Test
  void aMaintenanceNoticeIsMailedToEveryOrgan_wordForWord() {
    String component = "Sistema de Folha de Pagamento " + tag();
    MaintenanceRequested requested = maintenance(component);
    DeliveryTopics.send(Topics.MAINTENANCE_EVENTS.name(), requested.getEnvelope().getAggregateId(), requested);
    String notificationId = notificationIdOf(requested.getEnvelope(), "6.5");

    awaitDelivered(notificationId);
    MessageRendered rendered = awaitRendered(notificationId);
    assertThat(rendered.getRenditions()).extracting(Rendition::getChannel).containsExactly(DeliveryChannel.EMAIL);
    Rendition email = rendition(rendered, DeliveryChannel.EMAIL);
    assertThat(email.getRecipients()).containsAll(ORGAN_ADDRESSES).isEqualTo(catalogue.everyAddress());
    List<Mailbox.Mail> received = MAIL.containing(component);
    assertThat(received).extracting(Mailbox.Mail::to).containsExactlyInAnyOrderElementsOf(email.getRecipients());
    assertThat(received).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("PRODEST Informa: Manutenção Programada");
      assertThat(mail.text()).isEqualTo("""
          PRODEST Informa: Manutenção Programada

          Prezados, informamos que o %s passará por manutenção programada no dia 21/03/2025, das 22:00 às 01:30.

          O objetivo desta manutenção é a migração do banco de dados para o novo servidor.

          Durante esse período, o serviço poderá apresentar instabilidades ou ficar temporariamente indisponível.

          Pedimos que programem suas atividades considerando essa manutenção.

          Data do Aviso: 14/03/2025 23:30""".formatted(component));
      assertThat(mail.html()).isEqualTo(email.getHtml());
    });
  }

  /** An ADMIN's PUT of an organ changes the next 6.3's recipients and the organ name 6.6 prints. */
  @Test
  void anOrganUpdateOverlaysTheShippedCatalogue_forTheNextMessages() {
    String address = "ti-" + tag() + "@sejus.es.gov.br";
    String component = "Sistema Prisional " + tag();
    String before = rendition(awaitRendered(restricted(component + " (antes)")), DeliveryChannel.WHATSAPP).getText();
    assertThat(before).startsWith("*PRODEST Informa: Aviso de Indisponibilidade no Secretaria de Estado da Justiça*");

    DeliveryTopics.putOrgan("SEJUS", "Secretaria de Estado da Justiça e da Cidadania", List.of(address));
    await().atMost(PATIENCE).until(() -> catalogue.addressesOf("SEJUS").contains(address));

    String general = confirm(component, "o registro de visitas");
    awaitDelivered(general);
    assertThat(rendition(awaitRendered(general), DeliveryChannel.EMAIL).getRecipients()).contains(address);
    String restricted = restricted(component);
    awaitDelivered(restricted);
    MessageRendered notice = awaitRendered(restricted);
    assertThat(rendition(notice, DeliveryChannel.WHATSAPP).getText()).startsWith(
        "*PRODEST Informa: Aviso de Indisponibilidade no Secretaria de Estado da Justiça e da Cidadania*");
    assertThat(rendition(notice, DeliveryChannel.EMAIL).getRecipients())
        .containsExactlyInAnyOrder(address, "ascom@prodest.es.gov.br");
    assertThat(MAIL.containing(component)).extracting(Mailbox.Mail::to).filteredOn(address::equals).hasSize(2);
  }

  private static String restricted(String component) {
    String incidentId = UUID.randomUUID().toString();
    IncidentTriaged event = triaged(incidentId, 2, component, Verdict.CONFIRMED_RESTRICTED, "o registro de visitas",
        "SEJUS", Instant.parse("2025-03-15T12:05:00Z"));
    DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incidentId, event);
    return notificationIdOf(event.getEnvelope(), "6.6");
  }

  private static MaintenanceRequested maintenance(String component) {
    String maintenanceId = UUID.randomUUID().toString();
    String commandId = UUID.randomUUID().toString();
    EventEnvelope envelope = new EventEnvelope(nameUuid(commandId + "/1"), maintenanceId, 1L,
        Instant.parse("2025-03-15T02:30:00Z"), new Actor("joao.souza", Role.TEAM, "PRODEST", null), Origin.API, commandId,
        commandId);
    return new MaintenanceRequested(envelope, component, Instant.parse("2025-03-22T01:00:00Z"),
        Instant.parse("2025-03-22T04:30:00Z"), "a migração do banco de dados para o novo servidor", true, false, null,
        List.of(), List.of(1440, 60), null);
  }
}
