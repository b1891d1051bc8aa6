package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.incident.domain.Verdict;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an incident's events and messages, then what the norm required, what is missing, and how long it took. */
class NormComplianceTest {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final Actor TEAM = new Actor("joao", Role.TEAM, "PRODEST");

  @Test
  void a_whatsapp_report_confirmed_for_all_and_restored_requires_6_1_6_3_and_6_4() {
    List<IncidentEvent> history = List.of(reported(ReportSource.WHATSAPP_GROUP),
        triaged(2, Verdict.CONFIRMED_GENERAL, 600), restored(3, 3600));
    List<MessageProgress> messages = List.of(delivered("n-61", "6.1", 0, 45), rendered("n-63", "6.3", 600),
        delivered("n-64", "6.4", 3600, 3700));

    ComplianceReport report = NormCompliance.assess(history, messages);

    assertThat(report.required()).extracting(RequiredMessage::messageId).containsExactly("6.1", "6.3", "6.4");
    assertThat(report.required()).extracting(RequiredMessage::why).containsExactly(
        "relato de cliente no Grupo de WhatsApp TI ES: confirmação de recebimento (NPI-007 5.2.2.1)",
        "incidente confirmado para todos (NPI-007 5.2.2.4)", "serviço restabelecido (NPI-007 5.2.2.5)");
    assertThat(report.missing()).containsExactly("6.3");
    assertThat(report.status()).isEqualTo(IncidentStatus.RESTORED);
    assertThat(report.timings()).isEqualTo(new ComplianceTimings(45L, 600L, 3700L));
  }

  @Test
  void an_incident_detected_by_prodest_and_not_confirmed_requires_only_6_2() {
    ComplianceReport report = NormCompliance.assess(
        List.of(reported(ReportSource.MONITORING), triaged(2, Verdict.NOT_CONFIRMED, 120)), List.of());

    assertThat(report.required()).extracting(RequiredMessage::messageId).containsExactly("6.2");
    assertThat(report.missing()).containsExactly("6.2");
    assertThat(report.timings()).isEqualTo(new ComplianceTimings(null, 120L, null));
  }

  @Test
  void a_restricted_incident_requires_6_6_naming_the_organ_and_a_message_posted_by_hand_counts() {
    MessageProgress posted = rendered("n-66", "6.6", 300).after(new MessageFact.PostedManually(TEN_AM.plusSeconds(400)));

    ComplianceReport report = NormCompliance.assess(
        List.of(reported(ReportSource.SERVICE_DESK), triaged(2, Verdict.CONFIRMED_RESTRICTED, 300)), List.of(posted));

    assertThat(report.required()).singleElement().satisfies(required -> {
      assertThat(required.messageId()).isEqualTo("6.6");
      assertThat(required.why()).contains("SESA").contains("5.2.2.3");
    });
    assertThat(report.missesAny()).isFalse();
  }

  private static Envelope envelope(long sequence, long secondsAfter) {
    return new Envelope(EventIds.causedBy("c-" + sequence, sequence), "inc-1", sequence,
        TEN_AM.plusSeconds(secondsAfter), TEAM, Origin.API, "c-" + sequence, "corr");
  }

  private static IncidentReported reported(ReportSource source) {
    return new IncidentReported(envelope(1, 0), "SIGEFES", "SESA", "Fora do ar", source, "Maria");
  }

  private static IncidentTriaged triaged(long sequence, Verdict verdict, long secondsAfter) {
    return new IncidentTriaged(envelope(sequence, secondsAfter), "SIGEFES", verdict,
        verdict.confirmed() ? "acesso" : null, verdict == Verdict.CONFIRMED_RESTRICTED ? "SESA" : null);
  }

  private static ServiceRestored restored(long sequence, long secondsAfter) {
    return new ServiceRestored(envelope(sequence, secondsAfter), "SIGEFES", "reiniciado");
  }

  private static MessageProgress rendered(String notificationId, String messageId, long secondsAfter) {
    return MessageProgress.of(notificationId)
        .after(new MessageFact.Rendered(messageId, "inc-1", null, TEN_AM.plusSeconds(secondsAfter), true));
  }

  private static MessageProgress delivered(String notificationId, String messageId, long renderedAfter,
      long deliveredAfter) {
    return rendered(notificationId, messageId, renderedAfter)
        .after(new MessageFact.Delivered(TEN_AM.plusSeconds(deliveredAfter), false));
  }
}
