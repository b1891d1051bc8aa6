package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.incident.domain.IncidentAssigned;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.ReportJoined;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.incident.domain.Verdict;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Given an incident's events and messages at a moment, then what the norm required and by when,
 * what is missing (past its deadline) or pending, and how long it took.
 */
class NormComplianceTest {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final Actor TEAM = new Actor("joao", Role.TEAM, "PRODEST");
  private static final ComplianceDeadlines DEADLINES =
      new ComplianceDeadlines(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofMinutes(30));
  private static final Instant NEXT_DAY = TEN_AM.plus(Duration.ofDays(1));

  @Test
  void a_whatsapp_report_confirmed_for_all_and_restored_requires_6_1_6_3_and_6_4() {
    List<IncidentEvent> history = List.of(reported(ReportSource.WHATSAPP_GROUP),
        triaged(2, Verdict.CONFIRMED_GENERAL, 600), restored(3, 3600));
    List<MessageProgress> messages = List.of(delivered("n-61", "6.1", 0, 45), rendered("n-63", "6.3", 600),
        delivered("n-64", "6.4", 3600, 3700));

    ComplianceReport report = NormCompliance.assess(history, messages, DEADLINES, NEXT_DAY);

    assertThat(report.required()).extracting(RequiredMessage::messageId).containsExactly("6.1", "6.3", "6.4");
    assertThat(report.required()).extracting(RequiredMessage::why).containsExactly(
        "relato de cliente no Grupo de WhatsApp TI ES: confirmação de recebimento (NPI-007 5.2.2.1)",
        "incidente confirmado para todos (NPI-007 5.2.2.4)", "serviço restabelecido (NPI-007 5.2.2.5)");
    assertThat(report.missing()).containsExactly("6.3");
    assertThat(report.status()).isEqualTo(IncidentStatus.RESTORED);
    assertThat(report.timings()).isEqualTo(new ComplianceTimings(45L, 600L, 3700L));
  }

  @Test
  void the_report_names_the_unit_in_charge_at_the_moment_the_last_assignment_named() {
    List<IncidentEvent> history = List.of(reported(ReportSource.WHATSAPP_GROUP),
        assigned(2, "GEITIC", null, 60), triaged(3, Verdict.CONFIRMED_GENERAL, 600), assigned(4, "GESIT", "GEITIC", 900));

    ComplianceReport report = NormCompliance.assess(history, List.of(), DEADLINES, NEXT_DAY);

    assertThat(report.unit()).isEqualTo("GESIT");
    assertThat(report.unassigned()).isFalse();
  }

  @Test
  void a_confirmed_incident_without_a_unit_is_flagged_and_an_unconfirmed_one_is_not() {
    ComplianceReport confirmed = NormCompliance.assess(
        List.of(reported(ReportSource.WHATSAPP_GROUP), triaged(2, Verdict.CONFIRMED_RESTRICTED, 300),
            restored(3, 900)), List.of(), DEADLINES, NEXT_DAY);
    ComplianceReport notConfirmed = NormCompliance.assess(
        List.of(reported(ReportSource.MONITORING), triaged(2, Verdict.NOT_CONFIRMED, 120)), List.of(), DEADLINES,
        NEXT_DAY);
    ComplianceReport underAnalysis = NormCompliance.assess(List.of(reported(ReportSource.MONITORING)), List.of(),
        DEADLINES, NEXT_DAY);

    assertThat(confirmed.unit()).isNull();
    assertThat(confirmed.unassigned()).isTrue();
    assertThat(notConfirmed.unassigned()).isFalse();
    assertThat(underAnalysis.unassigned()).isFalse();
  }

  @Test
  void an_incident_detected_by_prodest_and_not_confirmed_requires_only_6_2() {
    ComplianceReport report = NormCompliance.assess(
        List.of(reported(ReportSource.MONITORING), triaged(2, Verdict.NOT_CONFIRMED, 120)), List.of(), DEADLINES,
        NEXT_DAY);

    assertThat(report.required()).extracting(RequiredMessage::messageId).containsExactly("6.2");
    assertThat(report.missing()).containsExactly("6.2");
    assertThat(report.timings()).isEqualTo(new ComplianceTimings(null, 120L, null));
  }

  @Test
  void a_restricted_incident_requires_6_6_naming_the_organ_and_a_message_posted_by_hand_counts() {
    MessageProgress posted = rendered("n-66", "6.6", 300).after(new MessageFact.PostedManually(TEN_AM.plusSeconds(400)));

    ComplianceReport report = NormCompliance.assess(
        List.of(reported(ReportSource.SERVICE_DESK), triaged(2, Verdict.CONFIRMED_RESTRICTED, 300)), List.of(posted),
        DEADLINES, NEXT_DAY);

    assertThat(report.required()).singleElement().satisfies(required -> {
      assertThat(required.messageId()).isEqualTo("6.6");
      assertThat(required.why()).contains("SESA").contains("5.2.2.3");
    });
    assertThat(report.missesAny()).isFalse();
  }

  @Test
  void each_required_message_is_due_after_its_own_deadline_the_verdict_counted_from_the_sa() {
    List<IncidentEvent> history = List.of(reported(ReportSource.WHATSAPP_GROUP), saLinked(2, 300),
        triaged(3, Verdict.CONFIRMED_GENERAL, 1800), restored(4, 7200));

    ComplianceReport report = NormCompliance.assess(history, List.of(), DEADLINES, NEXT_DAY);

    // 6.1: report + 15 min; 6.3: SA at +5 min + 1 h (not the verdict's +30 min); 6.4: restoration + 30 min
    assertThat(report.required()).extracting(RequiredMessage::dueAt).containsExactly(
        TEN_AM.plusSeconds(900), TEN_AM.plusSeconds(300 + 3600), TEN_AM.plusSeconds(7200 + 1800));
  }

  @Test
  void a_verdict_without_an_sa_before_it_is_due_an_hour_after_the_verdict() {
    ComplianceReport report = NormCompliance.assess(List.of(reported(ReportSource.MONITORING),
        triaged(2, Verdict.NOT_CONFIRMED, 120), saLinked(3, 600)), List.of(), DEADLINES, NEXT_DAY);

    assertThat(report.required()).singleElement().extracting(RequiredMessage::dueAt)
        .isEqualTo(TEN_AM.plusSeconds(120 + 3600));
  }

  @Test
  void a_message_not_sent_yet_is_pending_until_its_deadline_and_missing_with_how_late_from_then_on() {
    List<IncidentEvent> history = List.of(reported(ReportSource.WHATSAPP_GROUP));

    ComplianceReport early = NormCompliance.assess(history, List.of(), DEADLINES, TEN_AM.plusSeconds(899));
    assertThat(early.missing()).isEmpty();
    assertThat(early.missesAny()).isFalse();
    assertThat(early.pending()).containsExactly(new ComplianceReport.Pending("6.1", TEN_AM.plusSeconds(900)));

    ComplianceReport due = NormCompliance.assess(history, List.of(), DEADLINES, TEN_AM.plusSeconds(900));
    assertThat(due.pending()).isEmpty();
    assertThat(due.overdue()).containsExactly(new ComplianceReport.Overdue("6.1", TEN_AM.plusSeconds(900), 0));

    ComplianceReport late = NormCompliance.assess(history, List.of(), DEADLINES, TEN_AM.plusSeconds(900 + 125));
    assertThat(late.missing()).containsExactly("6.1");
    assertThat(late.overdue()).singleElement().extracting(ComplianceReport.Overdue::lateSeconds).isEqualTo(125L);
  }

  @Test
  void a_message_that_reached_the_group_is_neither_pending_nor_missing_even_after_its_deadline() {
    List<IncidentEvent> history = List.of(reported(ReportSource.WHATSAPP_GROUP));

    ComplianceReport report = NormCompliance.assess(history, List.of(delivered("n-61", "6.1", 0, 1200)),
        DEADLINES, NEXT_DAY);

    assertThat(report.pending()).isEmpty();
    assertThat(report.overdue()).isEmpty();
    assertThat(report.timings().reportToAcknowledgementSeconds()).isEqualTo(1200L);
  }

  @Test
  void a_report_that_joins_later_does_not_move_the_first_6_1_deadline() {
    ReportJoined joined = new ReportJoined(envelope(2, 600), "SIGEFES", "SESA", "De novo fora", ReportSource.WHATSAPP_GROUP,
        "Ana");

    ComplianceReport report = NormCompliance.assess(List.of(reported(ReportSource.WHATSAPP_GROUP), joined),
        List.of(), DEADLINES, NEXT_DAY);

    assertThat(report.required()).singleElement().extracting(RequiredMessage::dueAt)
        .isEqualTo(TEN_AM.plusSeconds(900));
  }

  @Test
  void a_deadline_must_be_positive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ComplianceDeadlines(Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(30)))
        .withMessageContaining("acknowledgement");
  }

  private static ServiceRequestLinked saLinked(long sequence, long secondsAfter) {
    return new ServiceRequestLinked(envelope(sequence, secondsAfter), "123456");
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

  private static IncidentAssigned assigned(long sequence, String unit, String previousUnit, long secondsAfter) {
    return new IncidentAssigned(envelope(sequence, secondsAfter), unit, null, previousUnit);
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
