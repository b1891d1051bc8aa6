package br.gov.es.prodest.npi007.gateway.console.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MonthlyComplianceTest {

  private static final Instant REPORTED = Instant.parse("2026-12-04T17:30:00Z");

  @Test
  void median_and_p90_are_the_nearest_ranks_of_the_incidents_that_reached_the_step() {
    List<ComplianceRow> rows = new ArrayList<>();
    // ten acknowledgements: 1..10 minutes, given out of order
    for (long minutes : new long[] {7, 3, 10, 1, 5, 9, 2, 8, 4, 6}) {
      rows.add(row("i-" + minutes, List.of("6.1"), List.of(), minutes * 60, null, null));
    }
    rows.add(row("sem-6.1", List.of(), List.of(), null, 90L, null));

    MonthlyCompliance month = MonthlyCompliance.of(rows);

    assertThat(month.toAcknowledgement().count()).isEqualTo(10);
    assertThat(month.toAcknowledgement().median()).isEqualTo(Duration.ofMinutes(5));
    assertThat(month.toAcknowledgement().p90()).isEqualTo(Duration.ofMinutes(9));
    assertThat(month.toVerdict()).isEqualTo(new MonthlyCompliance.Timing(1, Duration.ofSeconds(90), Duration.ofSeconds(90)));
    assertThat(month.toRestoration()).isEqualTo(new MonthlyCompliance.Timing(0, null, null));
  }

  @Test
  void an_odd_count_has_its_middle_value_as_median() {
    assertThat(MonthlyCompliance.Timing.rank(Arrays.asList(10L, 20L, 30L, 40L, 50L), 50)).isEqualTo(30);
    assertThat(MonthlyCompliance.Timing.rank(Arrays.asList(10L, 20L, 30L, 40L, 50L), 90)).isEqualTo(50);
    assertThat(MonthlyCompliance.Timing.rank(List.of(42L), 90)).isEqualTo(42);
  }

  @Test
  void outcomes_follow_the_verdict_message_even_after_restoration_and_missing_ones_are_listed() {
    List<ComplianceRow> rows = List.of(
        row("nao", List.of("6.1", "6.2"), List.of(), 60L, 120L, null),
        row("geral-restabelecido", List.of("6.1", "6.3", "6.4"), List.of("6.4"), 60L, 120L, null),
        row("restrito", List.of("6.6"), List.of(), null, 300L, null),
        row("aberto", List.of("6.1"), List.of("6.1"), null, null, null));

    MonthlyCompliance month = MonthlyCompliance.of(rows);

    assertThat(month.total()).isEqualTo(4);
    assertThat(month.outcomes()).isEqualTo(new MonthlyCompliance.Outcomes(1, 1, 1, 1));
    assertThat(month.missing()).extracting(ComplianceRow::incidentId).containsExactly("geral-restabelecido", "aberto");
  }

  @Test
  void a_row_is_read_from_the_incident_service_json() {
    ComplianceRow row = ComplianceRow.of(JsonMapper.builder().build().readTree("""
        {"incidentId":"i-1","status":"RESTORED","component":"SIGEFES","reportedAt":"2026-12-04T17:30:00Z",
         "required":[{"messageId":"6.1","why":"relato"},{"messageId":"6.3","why":"veredito"}],
         "messages":[],"missing":["6.3"],"unit":"GESIT","unassigned":false,
         "timings":{"reportToAcknowledgementSeconds":65,"reportToTriageSeconds":null,"reportToRestorationMessageSeconds":3600}}
        """));

    assertThat(row).isEqualTo(new ComplianceRow("i-1", "RESTORED", "SIGEFES", REPORTED, List.of("6.1", "6.3"),
        List.of("6.3"), 65L, null, 3600L, "GESIT", false));
  }

  // Issue 15: the same figures for each responsible unit, and the confirmed incidents without one
  @Test
  void the_figures_are_grouped_by_responsible_unit_with_the_unassigned_last() {
    List<ComplianceRow> rows = List.of(
        inUnit(row("gesit-1", List.of("6.1", "6.3"), List.of(), 60L, 600L, null), "GESIT", false),
        inUnit(row("geitic-1", List.of("6.1", "6.6"), List.of("6.6"), 120L, 300L, null), "GEITIC", false),
        inUnit(row("gesit-2", List.of("6.1", "6.3"), List.of("6.1"), null, 1200L, null), "GESIT", false),
        inUnit(row("sem-unidade", List.of("6.3"), List.of(), null, 60L, null), null, true),
        row("em-analise", List.of("6.1"), List.of(), 30L, null, null));

    MonthlyCompliance month = MonthlyCompliance.of(rows);

    assertThat(month.byUnit()).extracting(MonthlyCompliance.UnitFigures::unit)
        .containsExactly("GEITIC", "GESIT", null);
    MonthlyCompliance.UnitFigures gesit = month.byUnit().get(1);
    assertThat(gesit.total()).isEqualTo(2);
    assertThat(gesit.missing()).isEqualTo(1);
    assertThat(gesit.toVerdict()).isEqualTo(new MonthlyCompliance.Timing(2, Duration.ofSeconds(600),
        Duration.ofSeconds(1200)));
    assertThat(gesit.toAcknowledgement().count()).isEqualTo(1);
    assertThat(month.byUnit().get(2).total()).isEqualTo(2);
    assertThat(month.unassigned()).extracting(ComplianceRow::incidentId).containsExactly("sem-unidade");
  }

  private static ComplianceRow inUnit(ComplianceRow row, String unit, boolean unassigned) {
    return new ComplianceRow(row.incidentId(), row.status(), row.component(), row.reportedAt(), row.required(),
        row.missing(), row.toAcknowledgement(), row.toVerdict(), row.toRestoration(), unit, unassigned);
  }

  private static ComplianceRow row(String id, List<String> required, List<String> missing, Long ack, Long verdict,
      Long restoration) {
    return new ComplianceRow(id, "UNDER_ANALYSIS", "SIGEFES", REPORTED, required, missing, ack, verdict, restoration,
        null, false);
  }
}
