package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.IncidentEvents.joined;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.linked;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.reported;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.restorationStatement;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.restored;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** An incident's lifecycle on a real broker: each of its events calls for the norm's message, once. */
class IncidentLifecycleIntegrationTest extends ServiceOnRealBroker {

  private static final String PORTAL = "Portal do Servidor – Contracheque";

  @Test
  void aRestrictedIncidentCallsFor_6_1_perClientReport_6_6_and_6_4_eachOnceThoughEveryEventComesTwice() {
    String incidentId = UUID.randomUUID().toString();
    IncidentReported report = reported(incidentId, PORTAL, ReportSource.WHATSAPP_GROUP, at("2025-03-15T02:00:00Z"));
    ReportJoined joined = joined(incidentId, 2, PORTAL, ReportSource.WHATSAPP_GROUP, at("2025-03-15T02:10:00Z"));
    IncidentTriaged triaged = triaged(incidentId, 4, PORTAL, Verdict.CONFIRMED_RESTRICTED, "a emissão do contracheque",
        "SESA", at("2025-03-15T02:30:00Z"));
    ServiceRestored restored = restored(incidentId, 5, PORTAL, at("2025-03-15T05:45:00Z"));
    List<SpecificRecord> lifecycle = List.of(report, joined, linked(incidentId, 3, at("2025-03-15T02:20:00Z")),
        triaged, restored, restorationStatement(incidentId, 6, at("2025-03-15T06:00:00Z")));

    RecordMetadata last = null;
    for (SpecificRecord event : lifecycle) {
      send(incidentId, event);
      last = send(incidentId, event);
    }
    awaitProcessed(last);

    Map<String, MessageRendered> byId = byNotificationId(awaitRendered(incidentId, 4));
    assertThat(byId).hasSize(4);
    assertThat(byId.keySet()).containsExactlyInAnyOrder(
        notificationIdOf(report.getEnvelope(), "6.1"), notificationIdOf(joined.getEnvelope(), "6.1"),
        notificationIdOf(triaged.getEnvelope(), "6.6"), notificationIdOf(restored.getEnvelope(), "6.4"));
    assertRendered(byId, report.getEnvelope(), "6.1", null, Map.of(DeliveryChannel.WHATSAPP, NormTexts.ACKNOWLEDGEMENT));
    assertRendered(byId, joined.getEnvelope(), "6.1", null, Map.of(DeliveryChannel.WHATSAPP, NormTexts.ACKNOWLEDGEMENT));
    assertRendered(byId, triaged.getEnvelope(), "6.6",
        "PRODEST Informa: Aviso de Indisponibilidade no Secretaria de Estado da Saúde",
        Map.of(DeliveryChannel.WHATSAPP, NormTexts.RESTRICTED_UNAVAILABILITY_NOTICE,
            DeliveryChannel.EMAIL, NormTexts.RESTRICTED_UNAVAILABILITY_NOTICE.replaceFirst("^\\*(.*)\\*", "$1")));
    assertRendered(byId, restored.getEnvelope(), "6.4", "PRODEST Informa: Serviço Restabelecido", Map.of(
        DeliveryChannel.WHATSAPP, NormTexts.onWhatsApp(NormTexts.SERVICE_RESTORED),
        DeliveryChannel.EMAIL, NormTexts.SERVICE_RESTORED));
  }

  @Test
  void anUnconfirmedIncidentCallsFor_6_2_andOneConfirmedForEveryoneFor_6_3() {
    String unconfirmedId = UUID.randomUUID().toString();
    IncidentTriaged unconfirmed = triaged(unconfirmedId, 2, "SIGEFES", Verdict.NOT_CONFIRMED, null, null,
        at("2025-03-15T11:00:00Z"));
    send(unconfirmedId, reported(unconfirmedId, "SIGEFES", ReportSource.WHATSAPP_GROUP, at("2025-03-15T10:40:00Z")));
    RecordMetadata lastUnconfirmed = send(unconfirmedId, unconfirmed);
    String confirmedId = UUID.randomUUID().toString();
    IncidentTriaged confirmed = triaged(confirmedId, 2, "Banco de dados do SIGEFES", Verdict.CONFIRMED_GENERAL,
        "processamento de dados", null, at("2025-03-15T12:05:00Z"));
    send(confirmedId, reported(confirmedId, "Banco de dados do SIGEFES", ReportSource.MONITORING,
        at("2025-03-15T12:00:00Z")));
    RecordMetadata lastConfirmed = send(confirmedId, confirmed);
    awaitProcessed(lastUnconfirmed);
    awaitProcessed(lastConfirmed);

    Map<String, MessageRendered> unconfirmedMessages = byNotificationId(awaitRendered(unconfirmedId, 2));
    assertThat(unconfirmedMessages.values()).extracting(MessageRendered::getMessageId)
        .containsExactlyInAnyOrder("6.1", "6.2");
    assertRendered(unconfirmedMessages, unconfirmed.getEnvelope(), "6.2", "PRODEST Informa: Notificação de Status Normal",
        Map.of(DeliveryChannel.WHATSAPP, NormTexts.NORMAL_STATUS));
    Map<String, MessageRendered> confirmedMessages = byNotificationId(awaitRendered(confirmedId, 1));
    assertThat(confirmedMessages).hasSize(1);
    assertRendered(confirmedMessages, confirmed.getEnvelope(), "6.3", "PRODEST Informa: Aviso de Indisponibilidade",
        Map.of(DeliveryChannel.WHATSAPP, NormTexts.onWhatsApp(NormTexts.UNAVAILABILITY_NOTICE),
            DeliveryChannel.EMAIL, NormTexts.UNAVAILABILITY_NOTICE));
  }

  /** The notification of the message caused by the event: its ids, time, title and text per channel. */
  private static void assertRendered(Map<String, MessageRendered> byId, EventEnvelope cause, String messageId,
      String title, Map<DeliveryChannel, String> texts) {
    MessageRendered message = byId.get(notificationIdOf(cause, messageId));
    assertThat(message).as(messageId + " caused by " + cause.getEventId()).isNotNull();
    assertThat(message.getMessageId()).isEqualTo(messageId);
    assertThat(message.getCausationEventId()).isEqualTo(cause.getEventId());
    assertThat(message.getIncidentId()).isEqualTo(cause.getAggregateId());
    assertThat(message.getEnvelope().getOccurredAt()).isEqualTo(cause.getOccurredAt());
    assertThat(message.getTitle()).isEqualTo(title);
    assertThat(message.getRenditions().stream().collect(Collectors.toMap(Rendition::getChannel, Rendition::getText)))
        .isEqualTo(texts);
    message.getRenditions().stream().filter(rendition -> rendition.getChannel() == DeliveryChannel.EMAIL)
        .forEach(email -> assertThat(email.getSubject()).isEqualTo(title));
  }

  /** Keyed by notification id, each written once. */
  private static Map<String, MessageRendered> byNotificationId(List<MessageRendered> messages) {
    assertThat(messages).extracting(MessageRendered::getNotificationId).doesNotHaveDuplicates();
    return messages.stream().collect(Collectors.toMap(MessageRendered::getNotificationId, message -> message));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
